package org.atelier.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in the database, so that the limit
 * holds across all application nodes. After {@code max-failures} failures for one account, or
 * {@code max-failures-per-client} failures from one client address, within {@code window}, further
 * attempts are refused without checking the password. The per-address limit is separate because
 * a whole town hall often signs in from one address.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final int maxFailures;
	private final int maxFailuresPerClient;
	private final Duration window;

	public LoginThrottle(JdbcClient jdbc, Clock clock,
			@Value("${atelier.security.login-throttle.max-failures:5}") int maxFailures,
			@Value("${atelier.security.login-throttle.max-failures-per-client:20}") int maxFailuresPerClient,
			@Value("${atelier.security.login-throttle.window:15m}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.maxFailuresPerClient = maxFailuresPerClient;
		this.window = window;
	}

	public boolean isBlocked(String username, String clientAddress) {
		OffsetDateTime since = OffsetDateTime.ofInstant(clock.instant().minus(window), ZoneOffset.UTC);
		int byUser = jdbc.sql("""
				select count(*) from login_attempt
				where username = :u and success = false and attempted_at > :since""")
			.param("u", normalise(username)).param("since", since).query(Integer.class).single();
		if (byUser >= maxFailures) {
			return true;
		}
		int byClient = jdbc.sql("""
				select count(*) from login_attempt
				where client_address = :c and success = false and attempted_at > :since""")
			.param("c", clientAddress).param("since", since).query(Integer.class).single();
		return byClient >= maxFailuresPerClient;
	}

	public void record(String username, String clientAddress, boolean success) {
		jdbc.sql("""
				insert into login_attempt (username, client_address, success, attempted_at)
				values (:u, :c, :s, :t)""")
			.param("u", normalise(username)).param("c", clientAddress).param("s", success)
			.param("t", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
	}

	/** Old attempts are of no use once they are outside every window. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purge() {
		Instant cutoff = clock.instant().minus(Duration.ofDays(1).plus(window));
		jdbc.sql("delete from login_attempt where attempted_at < :cutoff")
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).update();
	}

	private static String normalise(String username) {
		String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return u.length() > 200 ? u.substring(0, 200) : u;
	}
}
