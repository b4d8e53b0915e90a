package org.atelier.learning.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.atelier.learning.LessonSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chooses the lesson search adapter from the database product at start-up. */
@Configuration(proxyBeanMethods = false)
class LessonSearchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LessonSearchConfiguration.class);

	@Bean
	LessonSearch lessonSearch(DataSource dataSource, JdbcClient jdbc) throws SQLException {
		String product;
		try (Connection connection = dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
		}
		boolean postgres = product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgresql");
		log.info("Lesson search uses {} ({})", postgres ? "PostgreSQL text search" : "the term table", product);
		return postgres ? new PostgresLessonSearch(jdbc) : new TermTableLessonSearch(jdbc);
	}
}
