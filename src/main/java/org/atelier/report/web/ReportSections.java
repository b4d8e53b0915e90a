package org.atelier.report.web;

import org.atelier.atelier.AtelierSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds "Dashboard" to every atelier's sub-navigation, right after the overview, for all members. */
@Configuration(proxyBeanMethods = false)
class ReportSections {

	@Bean
	AtelierSection dashboardSection() {
		return AtelierSection.of("dashboard", "report.dashboard.nav", "/dashboard", 50);
	}
}
