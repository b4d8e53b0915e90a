package org.atelier.atelier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.CurrentUser;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.SecurityLog;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application service for an atelier's members: every member sees the list; coordinators add
 * people by user name, change their roles and remove them, never leaving the atelier without a
 * coordinator. Changes are audited as "membership" entries identified by the user name.
 */
@Service
public class AtelierMembers {

	/** The entity type under which changes to memberships are audited. */
	public static final String AUDIT_TYPE = "membership";

	private final AtelierService ateliers;
	private final AtelierAccess access;
	private final Accounts accounts;
	private final AuditTrail audit;
	private final Clock clock;

	AtelierMembers(AtelierService ateliers, AtelierAccess access, Accounts accounts, AuditTrail audit, Clock clock) {
		this.ateliers = ateliers;
		this.access = access;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The members, coordinators first, then by name. */
	@Transactional(readOnly = true)
	public List<MemberView> list(long atelierId) {
		access.requireMember(atelierId);
		var memberships = ateliers.load(atelierId).members();
		var people = accounts.findAllById(memberships.stream().map(Membership::userId).toList());
		return memberships.stream()
			.map(m -> {
				AccountView account = people.get(m.userId());
				return new MemberView(m.userId(), account.username(), account.displayName(), m.role(),
						m.joinedAt().toInstant());
			})
			.sorted(Comparator.comparing(MemberView::role).reversed()
				.thenComparing(MemberView::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * Adds the person with this user name. An unknown user name or role is a problem with the
	 * field {@code username} or {@code role}; someone already a member is a conflict.
	 */
	@Transactional
	public MemberView add(long atelierId, @Nullable String username, @Nullable String role) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		List<FieldProblem.Violation> problems = new java.util.ArrayList<>();
		AccountView account = null;
		if (username == null || username.isBlank()) {
			problems.add(new FieldProblem.Violation("username", "atelier.member.username.required"));
		}
		else {
			account = accounts.findByUsername(username).orElse(null);
			if (account == null) {
				problems.add(new FieldProblem.Violation("username", "atelier.member.username.unknown", username.trim()));
			}
		}
		AtelierRole parsedRole = role == null || role.isBlank() ? null : AtelierRole.parse(role).orElse(null);
		if (parsedRole == null) {
			problems.add(new FieldProblem.Violation("role", "atelier.member.role.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		Atelier atelier = ateliers.load(atelierId);
		Membership membership = atelier.admit(account.id(), parsedRole, now());
		ateliers.save(atelier);
		audit.record(atelierId, AUDIT_TYPE, account.username(), AuditAction.CREATED,
				new ChangeSet().field("member", null, account.username()).field("role", null, parsedRole));
		SecurityLog.event("member-added", "atelier", atelierId, "user", account.username(), "role", parsedRole,
				"by", actor());
		return new MemberView(account.id(), account.username(), account.displayName(), parsedRole,
				membership.joinedAt().toInstant());
	}

	/**
	 * Gives a member another role, provided the atelier is still at {@code expectedVersion} when
	 * given (the version the role form was shown with); null skips that check.
	 */
	@Transactional
	public void changeRole(long atelierId, long userId, AtelierRole role, @Nullable Integer expectedVersion) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		Atelier atelier = ateliers.load(atelierId);
		if (expectedVersion != null) {
			AtelierService.requireVersion(atelier, expectedVersion);
		}
		ChangeSet changes = atelier.changeRole(userId, role, now());
		if (changes.isEmpty()) {
			return;
		}
		ateliers.save(atelier);
		String username = usernameOf(userId);
		audit.record(atelierId, AUDIT_TYPE, username, AuditAction.UPDATED, changes);
		SecurityLog.event("member-role-changed", "atelier", atelierId, "user", username, "role", role, "by", actor());
	}

	@Transactional
	public void remove(long atelierId, long userId) {
		remove(atelierId, userId, null);
	}

	/** Removes a member, provided the atelier is still at {@code expectedVersion} when given. */
	@Transactional
	public void remove(long atelierId, long userId, @Nullable Integer expectedVersion) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		Atelier atelier = ateliers.load(atelierId);
		if (expectedVersion != null) {
			AtelierService.requireVersion(atelier, expectedVersion);
		}
		Membership gone = atelier.dismiss(userId, now());
		ateliers.save(atelier);
		String username = usernameOf(userId);
		audit.record(atelierId, AUDIT_TYPE, username, AuditAction.DELETED,
				new ChangeSet().field("member", username, null).field("role", gone.role(), null));
		SecurityLog.event("member-removed", "atelier", atelierId, "user", username, "role", gone.role(), "by", actor());
	}

	private static String actor() {
		CurrentUser me = CurrentUser.get();
		return me == null ? "system" : me.getUsername();
	}

	/** Removes the member with this user name; 404 when there is no such member. */
	@Transactional
	public void remove(long atelierId, String username, @Nullable Integer expectedVersion) {
		remove(atelierId, memberId(atelierId, username), expectedVersion);
	}

	/** Changes the role of the member with this user name; 404 when there is no such member. */
	@Transactional
	public void changeRole(long atelierId, String username, @Nullable String role, @Nullable Integer expectedVersion) {
		AtelierRole parsed = role == null || role.isBlank() ? null : AtelierRole.parse(role).orElse(null);
		if (parsed == null) {
			access.requireEditable(atelierId, AtelierRole.COORDINATOR);
			throw new FieldProblem("role", "atelier.member.role.invalid");
		}
		changeRole(atelierId, memberId(atelierId, username), parsed, expectedVersion);
	}

	private long memberId(long atelierId, String username) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		AccountView account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("member"));
		if (access.memberRoleOf(atelierId, account.id()).isEmpty()) {
			throw new NotFoundException("member");
		}
		return account.id();
	}

	private String usernameOf(long userId) {
		return accounts.findById(userId).map(AccountView::username).orElse(String.valueOf(userId));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
