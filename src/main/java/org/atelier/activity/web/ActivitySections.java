package org.atelier.activity.web;

import org.atelier.atelier.AtelierSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds "Sessions" and "Actions" to every atelier's sub-navigation, for all members. */
@Configuration(proxyBeanMethods = false)
class ActivitySections {

	@Bean
	AtelierSection sessionsSection() {
		return AtelierSection.of("sessions", "activity.sessions.nav", "/sessions", 370);
	}

	@Bean
	AtelierSection actionsSection() {
		return AtelierSection.of("actions", "activity.actions.nav", "/actions", 390);
	}
}
