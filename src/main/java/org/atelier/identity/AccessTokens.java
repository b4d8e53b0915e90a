package org.atelier.identity;

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

import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the REST API ({@code Authorization: Bearer atl_…}). The secret is
 * shown once at creation; only its SHA-256 digest is stored (the secret carries 256 random bits,
 * so a fast digest is enough and lets every request be checked in one indexed look-up).
 */
@Service
public class AccessTokens {

	private static final String PREFIX = "atl_";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final UserAccounts users;
	private final Clock clock;

	AccessTokens(JdbcClient jdbc, UserAccounts users, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	/** A token as listed on the profile page (never the secret). */
	public record TokenView(long id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
			@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

		public boolean active(Instant now) {
			return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
		}
	}

	/** A freshly created token: the only moment its secret is known. */
	public record CreatedToken(TokenView token, String secret) {
	}

	@Transactional
	public CreatedToken create(String name, @Nullable Instant expiresAt) {
		CurrentUser me = CurrentUser.require();
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw new FieldProblem("name", "identity.token.name.invalid");
		}
		Instant now = clock.instant();
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw new FieldProblem("expiresAt", "identity.token.expires.past");
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String prefix = secret.substring(0, 10);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into access_token (user_id, name, token_hash, token_prefix, created_at, expires_at)
				values (:u, :n, :h, :p, :c, :e)""")
			.param("u", me.id()).param("n", trimmed).param("h", digest(secret)).param("p", prefix)
			.param("c", utc(now)).param("e", expiresAt == null ? null : utc(expiresAt))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		return new CreatedToken(new TokenView(id, trimmed, prefix, now, expiresAt, null, null), secret);
	}

	public List<TokenView> mine() {
		CurrentUser me = CurrentUser.require();
		return jdbc.sql("""
				select id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at
				from access_token where user_id = :u order by created_at desc, id desc""")
			.param("u", me.id())
			.query((rs, i) -> new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
					instant(rs.getObject("created_at", OffsetDateTime.class)),
					instant(rs.getObject("expires_at", OffsetDateTime.class)),
					instant(rs.getObject("last_used_at", OffsetDateTime.class)),
					instant(rs.getObject("revoked_at", OffsetDateTime.class))))
			.list();
	}

	@Transactional
	public void revoke(long tokenId) {
		CurrentUser me = CurrentUser.require();
		int changed = jdbc.sql("update access_token set revoked_at = :t where id = :id and user_id = :u and revoked_at is null")
			.param("t", utc(clock.instant())).param("id", tokenId).param("u", me.id()).update();
		if (changed == 0 && jdbc.sql("select count(*) from access_token where id = :id and user_id = :u")
			.param("id", tokenId).param("u", me.id()).query(Integer.class).single() == 0) {
			throw new NotFoundException("token");
		}
	}

	/** The enabled account behind a presented secret, if the token is valid now. */
	@Transactional
	public Optional<CurrentUser> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		var row = jdbc.sql("""
				select id, user_id from access_token
				where token_hash = :h and revoked_at is null and (expires_at is null or expires_at > :now)""")
			.param("h", digest(secret)).param("now", utc(now))
			.query((rs, i) -> new long[] { rs.getLong("id"), rs.getLong("user_id") })
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		jdbc.sql("update access_token set last_used_at = :t where id = :id")
			.param("t", utc(now)).param("id", row.get()[0]).update();
		return users.findById(row.get()[1]).filter(UserAccount::enabled).map(UserAccount::toCurrentUser)
			.map(u -> {
				u.eraseCredentials();
				return u;
			});
	}

	static String digest(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}
}
