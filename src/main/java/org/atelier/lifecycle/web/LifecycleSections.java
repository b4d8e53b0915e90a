package org.atelier.lifecycle.web;

import org.atelier.atelier.AtelierSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lifecycle's entries in an atelier's sub-navigation: Lifecycle, and the Preconditions workbench. */
@Configuration(proxyBeanMethods = false)
class LifecycleSections {

	@Bean
	AtelierSection lifecycleSection() {
		return AtelierSection.of("lifecycle", "lifecycle.nav.lifecycle", "/lifecycle", 100);
	}

	@Bean
	AtelierSection workbenchSection() {
		return AtelierSection.of("workbench", "lifecycle.nav.workbench", "/challenge", 110);
	}
}
