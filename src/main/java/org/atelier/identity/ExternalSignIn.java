package org.atelier.identity;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.atelier.shared.SecurityLog;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account of a person signed in by an OpenID Connect provider, or opens one.
 *
 * <p>In this order: the account already linked to the provider's issuer and subject; else the one
 * account whose e-mail equals the provider's e-mail, but only when the provider says it has
 * verified that address (an unverified claim could be anybody's); else a new account without any
 * atelier membership, a user name derived from the provider's claims, and a random password
 * nobody knows. The account found or opened is linked to issuer and subject, so a later sign-in
 * finds it even after the e-mail changed. Whether the account may sign in (enabled, second
 * factor) is decided by the caller, as for a password sign-in.
 */
@Service
public class ExternalSignIn {

	private static final int MAX_USERNAME = 64;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final UserAccounts users;
	private final PasswordEncoder encoder;
	private final Clock clock;

	ExternalSignIn(JdbcClient jdbc, UserAccounts users, PasswordEncoder encoder, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** What the provider tells about the person. */
	public record ExternalPerson(String provider, String issuer, String subject, @Nullable String email,
			boolean emailVerified, @Nullable String name, @Nullable String preferredUsername) {
	}

	/** How the account was found. */
	public enum Match {
		LINKED, EMAIL, PROVISIONED
	}

	/** The account of the person and how it was found. */
	public record Result(CurrentUser user, Match match) {
	}

	@Transactional
	public Result resolve(ExternalPerson person) {
		Optional<Long> linked = jdbc
			.sql("select user_id from user_external_identity where issuer = :issuer and subject = :subject")
			.param("issuer", person.issuer())
			.param("subject", person.subject())
			.query(Long.class)
			.optional();
		if (linked.isPresent()) {
			UserAccount account = users.findById(linked.get()).orElseThrow();
			return new Result(account.toCurrentUser(), Match.LINKED);
		}
		String email = blankToNull(person.email());
		if (email != null && person.emailVerified()) {
			var found = users.findAllByEmail(email);
			if (found.size() == 1) {
				UserAccount account = found.get(0);
				link(account, person);
				SecurityLog.event("sso-account-linked", "user", account.username(), "provider", person.provider(),
						"subject", person.subject());
				return new Result(account.toCurrentUser(), Match.EMAIL);
			}
		}
		return new Result(provision(person, email).toCurrentUser(), Match.PROVISIONED);
	}

	private UserAccount provision(ExternalPerson person, @Nullable String email) {
		// keep an address only when it is verified and no other account has it, so that matching by e-mail stays unambiguous
		String keptEmail = email != null && person.emailVerified() && email.length() <= 320
				&& users.findAllByEmail(email).isEmpty() ? email : null;
		String username = freeUsername(usernameBase(person));
		String displayName = displayName(person, username);
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String unknownPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UserAccount account = users.save(UserAccount.create(username, displayName, keptEmail,
				encoder.encode(unknownPassword), false, clock.instant()));
		link(account, person);
		SecurityLog.event("account-provisioned", "user", username, "provider", person.provider(), "subject",
				person.subject());
		return account;
	}

	private void link(UserAccount account, ExternalPerson person) {
		jdbc.sql("insert into user_external_identity (user_id, issuer, subject, created_at) values (:u, :i, :s, :at)")
			.param("u", account.id())
			.param("i", person.issuer())
			.param("s", person.subject())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	private static String displayName(ExternalPerson person, String username) {
		String name = blankToNull(person.name());
		if (name == null) {
			return username;
		}
		String clean = name.replaceAll("\\p{Cntrl}", " ").strip();
		return clean.isEmpty() ? username : clean.length() > 200 ? clean.substring(0, 200).strip() : clean;
	}

	/** The preferred user name, else the e-mail's local part, else the name, else "user". */
	private static String usernameBase(ExternalPerson person) {
		String email = blankToNull(person.email());
		for (String candidate : new String[] { person.preferredUsername(),
				email == null ? null : email.substring(0, Math.max(email.indexOf('@'), 0)), person.name() }) {
			String base = toUsername(candidate);
			if (base.length() >= 2) {
				return base;
			}
		}
		return "user";
	}

	/**
	 * Lower-case letters and digits, with {@code .}, {@code _} and {@code -} inside: accents are
	 * dropped, anything else becomes {@code -}, an {@code @} part is cut off.
	 */
	static String toUsername(@Nullable String raw) {
		if (raw == null) {
			return "";
		}
		String value = raw.contains("@") ? raw.substring(0, raw.indexOf('@')) : raw;
		value = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		value = value.replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-");
		value = value.replaceAll("^[._-]+", "").replaceAll("[._-]+$", "");
		return value.length() > MAX_USERNAME - 4 ? value.substring(0, MAX_USERNAME - 4) : value;
	}

	/** The base itself when free, else the base with the first free number: eva, eva-2, eva-3, ... */
	private String freeUsername(String base) {
		if (!users.existsByUsername(base)) {
			return base;
		}
		for (int n = 2;; n++) {
			String candidate = base + "-" + n;
			if (!users.existsByUsername(candidate)) {
				return candidate;
			}
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
