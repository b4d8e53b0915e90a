package org.atelier.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.atelier.identity.internal.PasswordPolicy;
import org.atelier.identity.internal.SessionTerminator;
import org.atelier.shared.ConflictException;
import org.atelier.shared.SecurityLog;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application service for accounts: administrators create, disable, re-enable users and reset
 * their passwords; every user changes their own password. Disabling a user or changing a
 * password ends that user's other sessions.
 */
@Service
public class Accounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final UserAccounts users;
	private final PasswordEncoder encoder;
	private final PasswordPolicy policy;
	private final SessionTerminator sessions;
	private final Clock clock;

	Accounts(UserAccounts users, PasswordEncoder encoder, PasswordPolicy policy, SessionTerminator sessions,
			Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** What an administrator fills in to create an account. */
	public record NewAccount(String username, String displayName, @Nullable String email, String password,
			boolean admin) {
	}

	/** A read-only view of an account for lists and other modules. */
	public record AccountView(long id, String username, String displayName, @Nullable String email, boolean admin,
			boolean enabled, Instant createdAt) {

		static AccountView of(UserAccount a) {
			return new AccountView(a.id(), a.username(), a.displayName(), a.email(), a.admin(), a.enabled(),
					a.createdAt());
		}
	}

	@Transactional
	public AccountView create(NewAccount input) {
		requireAdmin();
		return createUnchecked(input);
	}

	/** Creation without the caller check, for the start-up bootstrap and demo data. */
	@Transactional
	public AccountView createUnchecked(NewAccount input) {
		String username = input.username() == null ? "" : input.username().trim().toLowerCase();
		List<FieldProblem.Violation> problems = new ArrayList<>();
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem.Violation("username", "identity.username.invalid"));
		}
		String displayName = input.displayName() == null ? "" : input.displayName().trim();
		if (displayName.isEmpty() || displayName.length() > 200) {
			problems.add(new FieldProblem.Violation("displayName", "identity.displayName.invalid"));
		}
		String email = input.email() == null || input.email().isBlank() ? null : input.email().trim();
		if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
			problems.add(new FieldProblem.Violation("email", "identity.email.invalid"));
		}
		policy.check(input.password(), username).ifPresent(key -> problems.add(new FieldProblem.Violation("password", key,
				PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)));
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		if (users.existsByUsername(username)) {
			throw new ConflictException("identity.username.taken", username);
		}
		Instant now = clock.instant();
		AccountView created = AccountView.of(users.save(UserAccount.create(username, displayName, email,
				encoder.encode(input.password()), input.admin(), now)));
		SecurityLog.event("account-created", "user", username, "admin", input.admin(), "by", actor());
		return created;
	}

	public List<AccountView> all() {
		requireAdmin();
		return users.findAllByOrderByUsernameAsc().stream().map(AccountView::of).toList();
	}

	public Optional<AccountView> findByUsername(String username) {
		return users.findByUsername(username.trim().toLowerCase()).map(AccountView::of);
	}

	/**
	 * The account with this e-mail, ignoring letter case; empty when none has it, and when several
	 * accounts share it (a match must be unambiguous).
	 */
	public Optional<AccountView> findByEmail(String email) {
		List<UserAccount> found = users.findAllByEmail(email.trim());
		return found.size() == 1 ? Optional.of(AccountView.of(found.get(0))) : Optional.empty();
	}

	public Optional<AccountView> findById(long id) {
		return users.findById(id).map(AccountView::of);
	}

	/** Several accounts in one query, by id (ids without an account are left out). */
	public java.util.Map<Long, AccountView> findAllById(java.util.Collection<Long> ids) {
		var found = new java.util.HashMap<Long, AccountView>();
		users.findAllById(ids).forEach(a -> found.put(a.id(), AccountView.of(a)));
		return found;
	}

	public boolean anyExists() {
		return users.count() > 0;
	}

	@Transactional
	public void disable(long userId) {
		CurrentUser me = requireAdmin();
		if (me.id() == userId) {
			throw new ConflictException("identity.disable.self");
		}
		UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("user"));
		account.disable();
		users.save(account);
		sessions.endAllSessionsOf(account.username(), null);
		SecurityLog.event("account-disabled", "user", account.username(), "by", me.getUsername());
	}

	@Transactional
	public void enable(long userId) {
		requireAdmin();
		UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("user"));
		account.enable();
		users.save(account);
		SecurityLog.event("account-enabled", "user", account.username(), "by", actor());
	}

	/** An administrator sets a new password for someone; their sessions end. */
	@Transactional
	public void resetPassword(long userId, String newPassword) {
		requireAdmin();
		UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("user"));
		policy.check(newPassword, account.username()).ifPresent(key -> {
			throw new FieldProblem("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
		});
		account.changePassword(encoder.encode(newPassword), clock.instant());
		users.save(account);
		sessions.endAllSessionsOf(account.username(), null);
		SecurityLog.event("password-reset", "user", account.username(), "by", actor());
	}

	/** Who is acting, for the security log: the signed-in user, or {@code system} at start-up. */
	private static String actor() {
		CurrentUser me = CurrentUser.get();
		return me == null ? "system" : me.getUsername();
	}

	/** The signed-in user changes their own password; their other sessions end. */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword, @Nullable String keepSessionId) {
		CurrentUser me = CurrentUser.require();
		UserAccount account = users.findById(me.id()).orElseThrow(() -> new NotFoundException("user"));
		if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
			throw new FieldProblem("currentPassword", "identity.password.currentWrong");
		}
		policy.check(newPassword, account.username()).ifPresent(key -> {
			throw new FieldProblem("newPassword", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
		});
		account.changePassword(encoder.encode(newPassword), clock.instant());
		users.save(account);
		sessions.endAllSessionsOf(account.username(), keepSessionId);
		SecurityLog.event("password-changed", "user", account.username());
	}

	/** Whether {@code password} is this account's password; for confirmations inside the module. */
	boolean passwordMatches(long userId, String password) {
		return password != null && users.findById(userId).map(a -> encoder.matches(password, a.passwordHash())).orElse(false);
	}

	/** Loads the account for sign-in; package-visible to the security set-up only. */
	Optional<CurrentUser> forSignIn(String username) {
		return users.findByUsername(username.trim().toLowerCase()).map(UserAccount::toCurrentUser);
	}

	private static CurrentUser requireAdmin() {
		CurrentUser me = CurrentUser.get();
		if (me == null || !me.admin()) {
			throw new AccessDeniedException("administrators only");
		}
		return me;
	}
}
