package org.atelier.lifecycle.web;

import org.atelier.atelier.AtelierSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lifecycle's entries in an atelier's sub-navigation: Lifecycle, and the Preconditions workbench. */
@Configuration(proxyBeanMethods = false)
class LifecycleSections {

	@Bean
	AtelierSection lifecycleSection() {
		return section("lifecycle", "lifecycle.nav.lifecycle", "/lifecycle", 100);
	}

	@Bean
	AtelierSection workbenchSection() {
		return section("workbench", "lifecycle.nav.workbench", "/challenge", 110);
	}

	private static AtelierSection section(String key, String labelKey, String suffix, int order) {
		return new AtelierSection() {
			@Override
			public String key() {
				return key;
			}

			@Override
			public String labelKey() {
				return labelKey;
			}

			@Override
			public String path(long atelierId) {
				return "/ateliers/" + atelierId + suffix;
			}

			@Override
			public int order() {
				return order;
			}
		};
	}
}
