package org.atelier.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC writes unquoted identifiers, so that the same lower-case schema works on H2
 * (which would otherwise quote upper-case names) and on PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration {

	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}
}
