package org.atelier.atelier.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.Theme;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The localized choices of the select boxes on atelier pages (value → label). */
@Component
class Labels {

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> themes() {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> options = new LinkedHashMap<>();
		options.put("", messages.getMessage("atelier.theme.choose", null, locale));
		for (Theme t : Theme.values()) {
			options.put(t.name(), messages.getMessage("atelier.theme." + t.name(), null, locale));
		}
		return options;
	}

	Map<String, String> roles() {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> options = new LinkedHashMap<>();
		for (AtelierRole r : AtelierRole.values()) {
			options.put(r.name(), messages.getMessage("membership.role." + r.name(), null, locale));
		}
		return options;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
