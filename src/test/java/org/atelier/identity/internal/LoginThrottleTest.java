package org.atelier.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The throttle's counting rules against the real table, with a clock the test moves. */
@DatabaseTest
@SpringBootTest
class LoginThrottleTest {

	@Autowired
	JdbcClient jdbc;

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2030-01-01T10:00:00Z"));

	private LoginThrottle throttle(int perAccount, int perClient) {
		Clock clock = new Clock() {
			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now.get();
			}
		};
		return new LoginThrottle(jdbc, clock, perAccount, perClient, Duration.ofMinutes(15));
	}

	@Test
	void blocksAnAccountAfterFiveFailuresWithinTheWindowAndReleasesItAfterwards() {
		var throttle = throttle(5, 1000);
		String user = TestUsers.uniqueName("thr");
		for (int i = 0; i < 4; i++) {
			throttle.record(user, "203.0.113." + i, false);
		}
		assertThat(throttle.isBlocked(user, "203.0.113.99")).isFalse();
		throttle.record(user, "203.0.113.5", false);
		assertThat(throttle.isBlocked(user, "203.0.113.99")).as("five failures from different addresses").isTrue();
		assertThat(throttle.isBlocked(user.toUpperCase(), "203.0.113.99")).as("user names are case-insensitive").isTrue();
		now.set(now.get().plus(Duration.ofMinutes(16)));
		assertThat(throttle.isBlocked(user, "203.0.113.99")).as("window passed").isFalse();
	}

	@Test
	void successesDoNotCount() {
		var throttle = throttle(5, 1000);
		String user = TestUsers.uniqueName("ok");
		for (int i = 0; i < 10; i++) {
			throttle.record(user, "198.51.100.1", true);
		}
		assertThat(throttle.isBlocked(user, "198.51.100.1")).isFalse();
	}

	@Test
	void blocksAClientAddressSprayingManyAccounts() {
		var throttle = throttle(5, 8);
		String address = "192.0.2." + (int) (Math.random() * 250);
		now.set(Instant.parse("2031-0" + (1 + (int) (Math.random() * 8)) + "-01T10:00:00Z"));
		for (int i = 0; i < 8; i++) {
			throttle.record(TestUsers.uniqueName("spray"), address, false);
		}
		assertThat(throttle.isBlocked(TestUsers.uniqueName("fresh"), address)).isTrue();
		assertThat(throttle.isBlocked(TestUsers.uniqueName("fresh"), "192.0.2.251")).isFalse();
	}
}
