package org.atelier.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.atelier.identity.internal.Totp;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.SecurityLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second sign-in factor: a time-based one-time password from an authenticator app
 * (RFC 6238), with ten single-use recovery codes for a lost phone. A person enrols on their
 * profile (the secret is shown as a QR code and as text), confirms with a first code, and from
 * then on signs in with password and code. API clients of such a person use personal access
 * tokens; a password alone no longer opens the API.
 */
@Service
public class TwoFactor {

	/** The issuer name authenticator apps show beside the account. */
	static final String ISSUER = "Atelier";
	static final int RECOVERY_CODES = 10;
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	/** Whether the second factor is on, an enrolment is waiting for its first code, and how many recovery codes are left. */
	public record Status(boolean enabled, boolean enrolling, int recoveryCodesLeft) {
	}

	/** A pending enrolment: the secret as text and the URI the QR code carries. */
	public record Enrolment(String secret, String uri) {
	}

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final Clock clock;

	TwoFactor(JdbcClient jdbc, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The signed-in person's state. */
	@Transactional(readOnly = true)
	public Status status() {
		long me = CurrentUser.require().id();
		Optional<Boolean> confirmed = jdbc.sql("select confirmed_at is not null from user_totp where user_id = :u")
			.param("u", me).query(Boolean.class).optional();
		int left = jdbc.sql("select count(*) from user_recovery_code where user_id = :u and used_at is null")
			.param("u", me).query(Integer.class).single();
		return new Status(confirmed.orElse(false), confirmed.map(c -> !c).orElse(false), left);
	}

	/** Whether this account signs in with a second factor. */
	@Transactional(readOnly = true)
	public boolean isEnabled(long userId) {
		return jdbc.sql("select count(*) from user_totp where user_id = :u and confirmed_at is not null")
			.param("u", userId).query(Integer.class).single() > 0;
	}

	/** The enrolment waiting for its first code, if any. */
	@Transactional(readOnly = true)
	public Optional<Enrolment> pendingEnrolment() {
		CurrentUser me = CurrentUser.require();
		return jdbc.sql("select secret from user_totp where user_id = :u and confirmed_at is null")
			.param("u", me.id()).query(String.class).optional()
			.map(secret -> new Enrolment(secret, Totp.uri(ISSUER, me.getUsername(), secret)));
	}

	/** Starts (or restarts) an enrolment with a fresh secret; refused while the second factor is on. */
	@Transactional
	public Enrolment beginEnrolment() {
		CurrentUser me = CurrentUser.require();
		if (isEnabled(me.id())) {
			throw new ConflictException("identity.twoFactor.alreadyOn");
		}
		String secret = Totp.newSecret();
		jdbc.sql("delete from user_totp where user_id = :u").param("u", me.id()).update();
		jdbc.sql("insert into user_totp (user_id, secret, created_at) values (:u, :s, :t)")
			.param("u", me.id()).param("s", secret).param("t", now()).update();
		return new Enrolment(secret, Totp.uri(ISSUER, me.getUsername(), secret));
	}

	/**
	 * Confirms the pending enrolment with a code from the app; from now on the second factor is on.
	 * Returns the recovery codes, which are shown this once and stored only as digests.
	 */
	@Transactional
	public List<String> confirm(String code) {
		CurrentUser me = CurrentUser.require();
		Enrolment pending = pendingEnrolment().orElseThrow(() -> new ConflictException("identity.twoFactor.noEnrolment"));
		OptionalLong step = Totp.match(pending.secret(), normalise(code), clock.instant().getEpochSecond(), 0);
		if (step.isEmpty()) {
			throw new FieldProblem("code", "identity.twoFactor.codeWrong");
		}
		jdbc.sql("update user_totp set confirmed_at = :t, last_step = :s where user_id = :u")
			.param("t", now()).param("s", step.getAsLong()).param("u", me.id()).update();
		SecurityLog.event("two-factor-enabled", "user", me.getUsername());
		return newRecoveryCodes(me.id());
	}

	/** Replaces the recovery codes (after the password is confirmed); the old ones stop working. */
	@Transactional
	public List<String> regenerateRecoveryCodes(String currentPassword) {
		CurrentUser me = CurrentUser.require();
		requirePassword(me, currentPassword);
		if (!isEnabled(me.id())) {
			throw new ConflictException("identity.twoFactor.notOn");
		}
		SecurityLog.event("two-factor-recovery-codes-renewed", "user", me.getUsername());
		return newRecoveryCodes(me.id());
	}

	/** Turns the second factor off (after the password is confirmed). */
	@Transactional
	public void disable(String currentPassword) {
		CurrentUser me = CurrentUser.require();
		requirePassword(me, currentPassword);
		jdbc.sql("delete from user_totp where user_id = :u").param("u", me.id()).update();
		jdbc.sql("delete from user_recovery_code where user_id = :u").param("u", me.id()).update();
		SecurityLog.event("two-factor-disabled", "user", me.getUsername());
	}

	/** The accounts among all that sign in with a second factor (for administrators). */
	@Transactional(readOnly = true)
	public java.util.Set<Long> enabledAccounts() {
		requireAdmin();
		return new java.util.HashSet<>(jdbc.sql("select user_id from user_totp where confirmed_at is not null")
			.query(Long.class).list());
	}

	/**
	 * An administrator turns someone's second factor off, for a person who lost both phone and
	 * recovery codes; the person signs in with the password again and can enrol anew.
	 */
	@Transactional
	public void resetFor(long userId) {
		CurrentUser admin = requireAdmin();
		String username = accounts.findById(userId).orElseThrow(() -> new org.atelier.shared.NotFoundException("user"))
			.username();
		jdbc.sql("delete from user_totp where user_id = :u").param("u", userId).update();
		jdbc.sql("delete from user_recovery_code where user_id = :u").param("u", userId).update();
		SecurityLog.event("two-factor-reset", "user", username, "by", admin.getUsername());
	}

	private static CurrentUser requireAdmin() {
		CurrentUser me = CurrentUser.get();
		if (me == null || !me.admin()) {
			throw new org.springframework.security.access.AccessDeniedException("administrators only");
		}
		return me;
	}

	/**
	 * Checks a second-factor answer at sign-in: a code from the app (each accepted once) or an
	 * unused recovery code (then used up). Returns whether it was accepted.
	 */
	@Transactional
	public boolean verify(long userId, String answer) {
		String code = normalise(answer);
		var stored = jdbc.sql("select secret, last_step from user_totp where user_id = :u and confirmed_at is not null")
			.param("u", userId)
			.query((rs, n) -> new Object[] { rs.getString("secret"), rs.getLong("last_step") })
			.optional();
		if (stored.isEmpty()) {
			return false;
		}
		String secret = (String) stored.get()[0];
		long lastStep = (Long) stored.get()[1];
		OptionalLong step = Totp.match(secret, code, clock.instant().getEpochSecond(), lastStep);
		if (step.isPresent()) {
			// the condition on last_step makes two concurrent uses of one code accept only one
			return jdbc.sql("update user_totp set last_step = :s where user_id = :u and last_step < :s")
				.param("s", step.getAsLong()).param("u", userId).update() == 1;
		}
		String digest = digest(code.replace("-", ""));
		return jdbc.sql("update user_recovery_code set used_at = :t where user_id = :u and code_hash = :h and used_at is null")
			.param("t", now()).param("u", userId).param("h", digest).update() == 1;
	}

	private List<String> newRecoveryCodes(long userId) {
		jdbc.sql("delete from user_recovery_code where user_id = :u").param("u", userId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			jdbc.sql("insert into user_recovery_code (user_id, code_hash) values (:u, :h)")
				.param("u", userId).param("h", digest(code.toString())).update();
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}

	private void requirePassword(CurrentUser me, String password) {
		if (!accounts.passwordMatches(me.id(), password)) {
			throw new FieldProblem("currentPassword", "identity.password.currentWrong");
		}
	}

	private static String normalise(String answer) {
		return answer == null ? "" : answer.replace(" ", "").trim().toLowerCase(Locale.ROOT);
	}

	private static String digest(String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
