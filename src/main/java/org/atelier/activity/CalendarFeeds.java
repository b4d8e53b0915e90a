package org.atelier.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret calendar feed of an atelier: a coordinator creates it and gets its address once
 * (only a SHA-256 hash of the secret is kept); creating it again replaces the old address, and
 * revoking it makes the address answer 404. Calendar clients fetch it without signing in.
 */
@Service
public class CalendarFeeds {

	static final String AUDIT_TYPE = "calendar-feed";
	/** Where feeds are served, outside sign-in: calendar clients fetch them on their own. */
	public static final String PATH_PREFIX = "/public/calendar/";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final AtelierAccess access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Sessions sessions;
	private final Clock clock;

	CalendarFeeds(AtelierAccess access, AuditTrail audit, JdbcClient jdbc, Sessions sessions, Clock clock) {
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** When the current feed was created, or empty when there is none. */
	@Transactional(readOnly = true)
	public Optional<Instant> createdAt(long atelierId) {
		access.requireMember(atelierId);
		return jdbc.sql("select created_at from calendar_feed where atelier_id = :a").param("a", atelierId)
			.query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
	}

	/** Creates (or replaces) the feed and returns its secret token, shown to the caller only now. */
	@Transactional
	public String create(long atelierId) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		boolean replaced = jdbc.sql("delete from calendar_feed where atelier_id = :a").param("a", atelierId).update() > 0;
		jdbc.sql("insert into calendar_feed (atelier_id, token_hash, created_at, created_by) values (:a, :h, :now, :by)")
			.param("a", atelierId).param("h", hash(token)).param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("by", CurrentUser.require().id()).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(atelierId), replaced ? AuditAction.UPDATED : AuditAction.CREATED,
				new ChangeSet().field("feed", replaced ? "replaced" : null, "created"));
		return token;
	}

	/** Revokes the feed; its address answers 404 from now on. Returns whether there was one. */
	@Transactional
	public boolean revoke(long atelierId) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		boolean removed = jdbc.sql("delete from calendar_feed where atelier_id = :a").param("a", atelierId).update() > 0;
		if (removed) {
			audit.record(atelierId, AUDIT_TYPE, String.valueOf(atelierId), AuditAction.DELETED,
					new ChangeSet().field("feed", "created", null));
		}
		return removed;
	}

	/** The atelier's sessions for the feed with this token, or empty when no feed has it. */
	@Transactional(readOnly = true)
	public Optional<Feed> resolve(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select f.atelier_id, a.name from calendar_feed f join atelier a on a.id = f.atelier_id
				where f.token_hash = :h and a.archived = false""")
			.param("h", hash(token))
			.query((rs, n) -> new Feed(rs.getLong("atelier_id"), rs.getString("name"), List.<SessionView>of()))
			.optional().map(f -> new Feed(f.atelierId(), f.atelierName(), sessions.calendarRows(f.atelierId())));
	}

	/** The path of the feed with this token. */
	public static String path(String token) {
		return PATH_PREFIX + token + ".ics";
	}

	public record Feed(long atelierId, String atelierName, List<SessionView> sessions) {
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
