package org.atelier.atelier.web;

import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sections this module contributes to every atelier: Overview, Members and History. */
@Configuration(proxyBeanMethods = false)
class BuiltInSections {

	@Bean
	AtelierSection overviewSection() {
		return AtelierSection.of("overview", "atelier.nav.overview", "", 0, AtelierRole.OBSERVER);
	}

	@Bean
	AtelierSection membersSection() {
		return AtelierSection.of("members", "atelier.nav.members", "/members", 800, AtelierRole.OBSERVER);
	}

	@Bean
	AtelierSection historySection() {
		return AtelierSection.of("history", "atelier.nav.history", "/history", 900, AtelierRole.COORDINATOR);
	}
}
