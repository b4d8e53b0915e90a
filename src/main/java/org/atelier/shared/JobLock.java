package org.atelier.shared;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lease in the database (table {@code job_lock}) that lets a scheduled job run on one node of
 * a cluster at a time: every node tries to take the lease when the job is due, and only the one
 * that gets it runs the round. A lease that its holder did not give back (the node died) expires
 * after its duration. Each statement commits on its own (outside any caller's transaction), so a
 * lost race for a new lease is a plain duplicate-key answer.
 */
@Component
public class JobLock {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final String node;

	JobLock(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
	}

	/** This process's name in the lock table. */
	public String node() {
		return node;
	}

	/** Takes the named lease for this node when it is free or expired; false when another node holds it. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean tryAcquire(String name, Duration lease) {
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		int taken = jdbc.sql("""
				update job_lock set locked_until = :until, locked_by = :me
				where name = :n and (locked_until <= :now or locked_by = :me)""")
			.param("until", now.plus(lease)).param("me", node).param("n", name).param("now", now).update();
		if (taken == 1) {
			return true;
		}
		boolean exists = jdbc.sql("select count(*) from job_lock where name = :n").param("n", name)
			.query(Integer.class).single() > 0;
		if (exists) {
			return false;
		}
		try {
			jdbc.sql("insert into job_lock (name, locked_until, locked_by) values (:n, :until, :me)").param("n", name)
				.param("until", now.plus(lease)).param("me", node).update();
			return true;
		}
		catch (DuplicateKeyException raced) {
			return false;
		}
	}

	/** Gives the lease back early, when this node holds it. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void release(String name) {
		jdbc.sql("update job_lock set locked_until = :now where name = :n and locked_by = :me")
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).param("n", name)
			.param("me", node).update();
	}
}
