package org.atelier.atelier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.CurrentUser;
import org.atelier.method.Phase;
import org.atelier.shared.ConflictException;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application service for ateliers: found, read, revise, archive and restore them, and move them
 * to another phase (for the lifecycle module, which records the gate review that decides it).
 * Every change is checked against the caller's role and written to the audit history in the same
 * transaction. Any signed-in person may found an atelier and becomes its first coordinator.
 * <p>
 * Names are unique per city among active ateliers, ignoring letter case: archived ateliers free
 * their name, and restoring one is refused while another active atelier in the city uses it.
 */
@Service
public class AtelierService {

	/** The entity type under which changes to ateliers are audited. */
	public static final String AUDIT_TYPE = "atelier";

	private final Ateliers ateliers;
	private final AtelierAccess access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	AtelierService(Ateliers ateliers, AtelierAccess access, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.ateliers = ateliers;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public AtelierView create(AtelierInput input) {
		CurrentUser me = CurrentUser.require();
		Atelier atelier = Atelier.found(input, me.id(), now());
		requireUniqueName(atelier);
		atelier = save(atelier);
		audit.record(atelier.id(), AUDIT_TYPE, String.valueOf(atelier.id()), AuditAction.CREATED, atelier.asCreated());
		audit.record(atelier.id(), AtelierMembers.AUDIT_TYPE, me.getUsername(), AuditAction.CREATED,
				new ChangeSet().field("member", null, me.getUsername()).field("role", null, AtelierRole.COORDINATOR));
		return atelier.view(AtelierRole.COORDINATOR);
	}

	/** The atelier for one of its members (or an administrator); 404 for anyone else. */
	@Transactional(readOnly = true)
	public AtelierView view(long atelierId) {
		AtelierRole role = access.requireMember(atelierId);
		return load(atelierId).view(role);
	}

	/**
	 * Saves a coordinator's revision, provided nobody changed the atelier since
	 * {@code expectedVersion} was read; otherwise {@link OptimisticLockingFailureException} and
	 * nothing is written.
	 */
	@Transactional
	public AtelierView update(long atelierId, int expectedVersion, AtelierInput input) {
		AtelierRole role = access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		Atelier atelier = load(atelierId);
		requireVersion(atelier, expectedVersion);
		ChangeSet changes = atelier.revise(input, now());
		if (changes.isEmpty()) {
			return atelier.view(role);
		}
		requireUniqueName(atelier);
		atelier = save(atelier);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(atelierId), AuditAction.UPDATED, changes);
		return atelier.view(role);
	}

	/** Archives the atelier (read-only from then on); {@code expectedVersion} null skips the version check. */
	@Transactional
	public void archive(long atelierId, @Nullable Integer expectedVersion) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		Atelier atelier = load(atelierId);
		if (expectedVersion != null) {
			requireVersion(atelier, expectedVersion);
		}
		ChangeSet changes = atelier.archive(now());
		save(atelier);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(atelierId), AuditAction.ARCHIVED, changes);
	}

	/** Brings an archived atelier back; refused while another active atelier in the city has its name. */
	@Transactional
	public void restore(long atelierId) {
		access.requireRole(atelierId, AtelierRole.COORDINATOR);
		Atelier atelier = load(atelierId);
		ChangeSet changes = atelier.restore(now());
		requireUniqueName(atelier);
		save(atelier);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(atelierId), AuditAction.RESTORED, changes);
	}

	/**
	 * Moves the atelier to another phase (forward or back). Meant for the lifecycle module, which
	 * records the gate review behind the move; needs a coordinator and an active atelier.
	 */
	@Transactional
	public AtelierView changePhase(long atelierId, Phase phase) {
		AtelierRole role = access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		Atelier atelier = load(atelierId);
		ChangeSet changes = atelier.moveTo(phase, now());
		if (changes.isEmpty()) {
			return atelier.view(role);
		}
		atelier = save(atelier);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(atelierId), AuditAction.UPDATED, changes);
		return atelier.view(role);
	}

	Atelier load(long atelierId) {
		return ateliers.findById(atelierId).orElseThrow(() -> new NotFoundException("atelier"));
	}

	static void requireVersion(Atelier atelier, int expectedVersion) {
		if (atelier.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("atelier " + atelier.id() + " is at version "
					+ atelier.version() + ", not " + expectedVersion);
		}
	}

	/** Saves the aggregate, turning a lost race on the active-name key into the same conflict as the check. */
	Atelier save(Atelier atelier) {
		try {
			return ateliers.save(atelier);
		}
		catch (DataIntegrityViolationException e) {
			throw new ConflictException("atelier.name.taken", atelier.name(), atelier.city());
		}
		catch (RuntimeException e) {
			if (e.getCause() instanceof OptimisticLockingFailureException stale) {
				throw stale;
			}
			if (e.getCause() instanceof DataIntegrityViolationException) {
				throw new ConflictException("atelier.name.taken", atelier.name(), atelier.city());
			}
			throw e;
		}
	}

	private void requireUniqueName(Atelier atelier) {
		String key = atelier.activeNameKey();
		if (key == null) {
			return;
		}
		boolean taken = jdbc.sql("select count(*) from atelier where active_name_key = :k and id <> :id")
			.param("k", key).param("id", atelier.isNew() ? -1L : atelier.id())
			.query(Long.class).single() > 0;
		if (taken) {
			throw new ConflictException("atelier.name.taken", atelier.name(), atelier.city());
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
