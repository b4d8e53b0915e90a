package org.atelier.capacity.web;

import org.atelier.atelier.AtelierSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds "Capacity and funding" to every atelier's sub-navigation, for all members. */
@Configuration(proxyBeanMethods = false)
class CapacitySections {

	@Bean
	AtelierSection capacityNavigation() {
		return AtelierSection.of("capacity", "capacity.nav", "/capacity", 420);
	}
}
