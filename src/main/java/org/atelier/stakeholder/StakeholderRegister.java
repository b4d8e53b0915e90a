package org.atelier.stakeholder;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.CurrentUser;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stakeholder register of an atelier: every member reads it; partners and coordinators add,
 * revise and remove organisations and move their commitment (archived ateliers refuse changes).
 * Each change is written to the audit history in the same transaction.
 */
@Service
public class StakeholderRegister {

	/** The entity type of register records in the audit history. */
	public static final String AUDIT_TYPE = "stakeholder";

	/** The entity type of contact persons in the audit history (which never holds their personal data). */
	public static final String CONTACT_AUDIT_TYPE = "stakeholder-contact";

	private final Stakeholders stakeholders;
	private final Contacts contacts;
	private final AtelierAccess access;
	private final AuditTrail audit;
	private final Clock clock;

	private final MapHistory history;

	StakeholderRegister(Stakeholders stakeholders, Contacts contacts, AtelierAccess access, AuditTrail audit,
			Clock clock, MapHistory history) {
		this.history = history;
		this.stakeholders = stakeholders;
		this.contacts = contacts;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The atelier's organisations by name. */
	@Transactional(readOnly = true)
	public List<StakeholderView> list(long atelierId) {
		access.requireMember(atelierId);
		return stakeholders.findByAtelierIdOrderByNameAsc(atelierId).stream()
			.map(Stakeholder::view)
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList();
	}

	/**
	 * The organisations as the maps showed them at the given moment (scores, salience, engagement,
	 * commitment, name and type only), by name.
	 */
	@Transactional(readOnly = true)
	public List<StakeholderView> listAsOf(long atelierId, Instant at) {
		access.requireMember(atelierId);
		return history.stakeholdersAt(atelierId, at);
	}

	@Transactional(readOnly = true)
	public StakeholderView view(long atelierId, long stakeholderId) {
		access.requireMember(atelierId);
		return load(atelierId, stakeholderId).view();
	}

	@Transactional
	public StakeholderView create(long atelierId, StakeholderInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		CurrentUser me = CurrentUser.require();
		Stakeholder created = stakeholders.save(Stakeholder.identify(atelierId, input, me.id(), me.displayName(), now()));
		history.record(created.id(), clock.instant());
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(created.id()), AuditAction.CREATED, created.created());
		return created.view();
	}

	/**
	 * Revises an organisation as it was at {@code expectedVersion}; a newer version gives
	 * {@link OptimisticLockingFailureException}.
	 */
	@Transactional
	public StakeholderView update(long atelierId, long stakeholderId, int expectedVersion, StakeholderInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		Stakeholder stakeholder = load(atelierId, stakeholderId);
		requireVersion(stakeholder, expectedVersion);
		ChangeSet changes = stakeholder.revise(input, now());
		if (changes.isEmpty()) {
			return stakeholder.view();
		}
		Stakeholder saved = save(stakeholder);
		history.record(stakeholderId, clock.instant());
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(stakeholderId), AuditAction.UPDATED, changes);
		return saved.view();
	}

	@Transactional
	public void delete(long atelierId, long stakeholderId, int expectedVersion) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		Stakeholder stakeholder = load(atelierId, stakeholderId);
		requireVersion(stakeholder, expectedVersion);
		history.removed(stakeholderId, clock.instant());
		stakeholders.delete(stakeholder);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(stakeholderId), AuditAction.DELETED, stakeholder.removed());
	}

	/**
	 * Moves an organisation's commitment, recording who did it and when. {@code expectedVersion}
	 * null skips the version check. An unknown status is a {@link FieldProblem} on {@code status};
	 * a move the path does not allow is a conflict.
	 */
	@Transactional
	public StakeholderView changeCommitment(long atelierId, long stakeholderId, @Nullable String status,
			@Nullable String note, @Nullable Integer expectedVersion) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		if (status == null || status.isBlank()) {
			throw new FieldProblem("status", "stakeholder.status.required");
		}
		CommitmentStatus target = Keyed.parse(CommitmentStatus.class, status)
			.orElseThrow(() -> new FieldProblem("status", "stakeholder.status.invalid"));
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > Stakeholder.NOTE_MAX) {
			throw new FieldProblem("note", "stakeholder.note.tooLong", Stakeholder.NOTE_MAX);
		}
		Stakeholder stakeholder = load(atelierId, stakeholderId);
		if (expectedVersion != null) {
			requireVersion(stakeholder, expectedVersion);
		}
		CurrentUser me = CurrentUser.require();
		ChangeSet changes = stakeholder.moveCommitment(target, cleanNote, me.id(), me.displayName(), now());
		Stakeholder saved = save(stakeholder);
		history.record(stakeholderId, clock.instant());
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(stakeholderId), AuditAction.UPDATED, changes);
		return saved.view();
	}

	/** Records or replaces an organisation's value proposition, as it was at {@code expectedVersion}. */
	@Transactional
	public StakeholderView propose(long atelierId, long stakeholderId, int expectedVersion, ValueProposition proposition) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		Stakeholder stakeholder = load(atelierId, stakeholderId);
		requireVersion(stakeholder, expectedVersion);
		ChangeSet changes = stakeholder.propose(proposition, now());
		if (changes.isEmpty()) {
			return stakeholder.view();
		}
		Stakeholder saved = save(stakeholder);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(stakeholderId), AuditAction.UPDATED, changes);
		return saved.view();
	}

	/** The contact persons of an organisation, in the order they were recorded. */
	@Transactional(readOnly = true)
	public List<ContactView> contacts(long atelierId, long stakeholderId) {
		access.requireMember(atelierId);
		load(atelierId, stakeholderId);
		return contacts.findByStakeholderIdOrderByIdAsc(stakeholderId).stream().map(Contact::view).toList();
	}

	/**
	 * Records a contact person. The audit entry names the organisation and the legal basis but no
	 * personal data, so that erasing the person leaves nothing behind in the history.
	 */
	@Transactional
	public ContactView addContact(long atelierId, long stakeholderId, @Nullable String name, @Nullable String jobTitle,
			@Nullable String email, @Nullable String phone, @Nullable String legalBasis) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		load(atelierId, stakeholderId);
		Contact saved = contacts.save(Contact.record(stakeholderId, name, jobTitle, email, phone, legalBasis, now()));
		audit.record(atelierId, CONTACT_AUDIT_TYPE, String.valueOf(saved.id()), AuditAction.CREATED, new ChangeSet()
			.field("stakeholder", null, stakeholderId).field("legalBasis", null, saved.legalBasis()));
		return saved.view();
	}

	/** One contact person of an organisation, for members. */
	@Transactional(readOnly = true)
	public ContactView contact(long atelierId, long stakeholderId, long contactId) {
		access.requireMember(atelierId);
		load(atelierId, stakeholderId);
		return contacts.findById(contactId).filter(c -> c.stakeholderId() == stakeholderId)
			.orElseThrow(() -> new NotFoundException("contact")).view();
	}

	/**
	 * Corrects a contact person's details, provided nobody changed them since {@code expectedVersion}.
	 * As when recording, the history notes that the contact changed and its legal basis, never the
	 * personal data itself.
	 */
	@Transactional
	public ContactView reviseContact(long atelierId, long stakeholderId, long contactId, int expectedVersion,
			@Nullable String name, @Nullable String jobTitle, @Nullable String email, @Nullable String phone,
			@Nullable String legalBasis) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		load(atelierId, stakeholderId);
		Contact contact = contacts.findById(contactId).filter(c -> c.stakeholderId() == stakeholderId)
			.orElseThrow(() -> new NotFoundException("contact"));
		if (contact.view().version() != expectedVersion) {
			throw new OptimisticLockingFailureException("contact " + contactId + " changed meanwhile");
		}
		Contact revised = contact.revised(name, jobTitle, email, phone, legalBasis, expectedVersion);
		Contact saved;
		try {
			saved = contacts.save(revised);
		}
		catch (RuntimeException e) {
			if (e.getCause() instanceof OptimisticLockingFailureException stale) {
				throw stale;
			}
			throw e;
		}
		audit.record(atelierId, CONTACT_AUDIT_TYPE, String.valueOf(contactId), AuditAction.UPDATED, new ChangeSet()
			.field("details", null, "revised").field("legalBasis", contact.legalBasis(), saved.legalBasis()));
		return saved.view();
	}

	/** Erases a contact person's personal data everywhere it is kept; the record stays as an erased contact. */
	@Transactional
	public ContactView eraseContact(long atelierId, long stakeholderId, long contactId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		load(atelierId, stakeholderId);
		Contact contact = contacts.findById(contactId).filter(c -> c.stakeholderId() == stakeholderId)
			.orElseThrow(() -> new NotFoundException("contact"));
		contact.erase(now());
		Contact saved = contacts.save(contact);
		audit.record(atelierId, CONTACT_AUDIT_TYPE, String.valueOf(contactId), AuditAction.UPDATED,
				new ChangeSet().field("erased", false, true));
		return saved.view();
	}

	private Stakeholder load(long atelierId, long stakeholderId) {
		return stakeholders.findById(stakeholderId)
			.filter(s -> s.atelierId() == atelierId)
			.orElseThrow(() -> new NotFoundException("stakeholder"));
	}

	private Stakeholder save(Stakeholder stakeholder) {
		try {
			return stakeholders.save(stakeholder);
		}
		catch (RuntimeException e) {
			if (e.getCause() instanceof OptimisticLockingFailureException stale) {
				throw stale;
			}
			throw e;
		}
	}

	private static void requireVersion(Stakeholder stakeholder, int expectedVersion) {
		if (stakeholder.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("stakeholder " + stakeholder.id() + " is at version "
					+ stakeholder.version() + ", not " + expectedVersion);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
