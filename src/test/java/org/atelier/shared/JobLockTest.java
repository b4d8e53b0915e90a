package org.atelier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.atelier.testsupport.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two nodes competing for one lease in the database: one wins, the other waits until it is given back or runs out. */
@DatabaseTest
@SpringBootTest
class JobLockTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyOneNodeHoldsTheLeaseUntilItIsReleasedOrExpires() {
		String name = "test-lock-" + System.nanoTime();
		Clock start = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
		JobLock first = new JobLock(jdbc, start);
		JobLock second = new JobLock(jdbc, start);
		assertThat(first.node()).isNotEqualTo(second.node());

		assertThat(first.tryAcquire(name, Duration.ofMinutes(10))).isTrue();
		assertThat(second.tryAcquire(name, Duration.ofMinutes(10))).isFalse();
		assertThat(first.tryAcquire(name, Duration.ofMinutes(10))).as("the holder may renew").isTrue();
		first.release(name);
		assertThat(second.tryAcquire(name, Duration.ofMinutes(10))).isTrue();
		assertThat(first.tryAcquire(name, Duration.ofMinutes(10))).isFalse();

		JobLock later = new JobLock(jdbc, Clock.offset(start, Duration.ofMinutes(11)));
		assertThat(later.tryAcquire(name, Duration.ofMinutes(10))).as("a lease its holder never gave back runs out").isTrue();
	}
}
