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
		return section("overview", "atelier.nav.overview", "", 0, AtelierRole.OBSERVER);
	}

	@Bean
	AtelierSection membersSection() {
		return section("members", "atelier.nav.members", "/members", 800, AtelierRole.OBSERVER);
	}

	@Bean
	AtelierSection historySection() {
		return section("history", "atelier.nav.history", "/history", 900, AtelierRole.COORDINATOR);
	}

	private static AtelierSection section(String key, String labelKey, String suffix, int order, AtelierRole from) {
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

			@Override
			public AtelierRole visibleFrom() {
				return from;
			}
		};
	}
}
