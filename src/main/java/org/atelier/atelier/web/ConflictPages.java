package org.atelier.atelier.web;

import org.atelier.shared.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A change an atelier page cannot make in the atelier's present state (archived, last
 * coordinator, name taken on restore) answers 409 with the reason and a way back, never a 500.
 */
@ControllerAdvice(basePackageClasses = ConflictPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConflictPages {

	private final MessageSource messages;

	ConflictPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException e) {
		var mav = new ModelAndView("atelier/conflict");
		mav.addObject("reason", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
				LocaleContextHolder.getLocale()));
		mav.setStatus(HttpStatus.CONFLICT);
		return mav;
	}
}
