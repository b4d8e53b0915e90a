package org.atelier.stakeholder;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.FieldProblem.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person to talk to at an organisation, kept on a recorded legal basis. Erasure removes every
 * personal field for good and keeps the record, so that it still shows as an erased contact.
 */
@Table("stakeholder_contact")
class Contact {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{6,40}$");

	@Id
	private @Nullable Long id;
	private final long stakeholderId;
	private @Nullable String name;
	private @Nullable String jobTitle;
	private @Nullable String email;
	private @Nullable String phone;
	private final LegalBasis legalBasis;
	private boolean erased;
	private @Nullable OffsetDateTime erasedAt;
	private final OffsetDateTime createdAt;
	@Version
	private int version;

	@PersistenceCreator
	Contact(@Nullable Long id, long stakeholderId, @Nullable String name, @Nullable String jobTitle,
			@Nullable String email, @Nullable String phone, LegalBasis legalBasis, boolean erased,
			@Nullable OffsetDateTime erasedAt, OffsetDateTime createdAt, int version) {
		this.id = id;
		this.stakeholderId = stakeholderId;
		this.name = name;
		this.jobTitle = jobTitle;
		this.email = email;
		this.phone = phone;
		this.legalBasis = legalBasis;
		this.erased = erased;
		this.erasedAt = erasedAt;
		this.createdAt = createdAt;
		this.version = version;
	}

	/** A new contact from text as typed; every invalid field is reported at once. */
	static Contact record(long stakeholderId, @Nullable String name, @Nullable String jobTitle,
			@Nullable String email, @Nullable String phone, @Nullable String legalBasis, OffsetDateTime now) {
		List<Violation> problems = new ArrayList<>();
		String cleanName = trim(name);
		if (cleanName == null) {
			problems.add(new Violation("name", "stakeholder.contact.name.required"));
		}
		else if (cleanName.length() > 160) {
			problems.add(new Violation("name", "stakeholder.contact.name.tooLong", 160));
		}
		String cleanTitle = trim(jobTitle);
		if (cleanTitle != null && cleanTitle.length() > 160) {
			problems.add(new Violation("jobTitle", "stakeholder.contact.jobTitle.tooLong", 160));
		}
		String cleanEmail = trim(email);
		if (cleanEmail != null && (cleanEmail.length() > 254 || !EMAIL.matcher(cleanEmail).matches())) {
			problems.add(new Violation("email", "stakeholder.contact.email.invalid"));
		}
		String cleanPhone = trim(phone);
		if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
			problems.add(new Violation("phone", "stakeholder.contact.phone.invalid"));
		}
		LegalBasis basis = null;
		if (trim(legalBasis) == null) {
			problems.add(new Violation("legalBasis", "stakeholder.contact.legalBasis.required"));
		}
		else {
			basis = Keyed.parse(LegalBasis.class, legalBasis).orElse(null);
			if (basis == null) {
				problems.add(new Violation("legalBasis", "stakeholder.contact.legalBasis.invalid"));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new Contact(null, stakeholderId, cleanName, cleanTitle, cleanEmail, cleanPhone, basis, false, null, now, 0);
	}

	/** Removes every personal field; erasing twice is refused. */
	void erase(OffsetDateTime now) {
		if (erased) {
			throw new ConflictException("stakeholder.contact.alreadyErased");
		}
		name = null;
		jobTitle = null;
		email = null;
		phone = null;
		erased = true;
		erasedAt = now;
	}

	/**
	 * The same contact with corrected details, checked like a new one, at the version the editor
	 * read (a stale version makes the save fail); an erased contact cannot be revised.
	 */
	Contact revised(@Nullable String newName, @Nullable String newJobTitle, @Nullable String newEmail,
			@Nullable String newPhone, @Nullable String newLegalBasis, int expectedVersion) {
		if (erased) {
			throw new ConflictException("stakeholder.contact.alreadyErased");
		}
		Contact checked = record(stakeholderId, newName, newJobTitle, newEmail, newPhone, newLegalBasis, createdAt);
		return new Contact(id, stakeholderId, checked.name, checked.jobTitle, checked.email, checked.phone,
				checked.legalBasis, false, null, createdAt, expectedVersion);
	}

	ContactView view() {
		return new ContactView(id(), stakeholderId, name, jobTitle, email, phone, legalBasis, erased,
				erasedAt == null ? null : erasedAt.toInstant(), createdAt.toInstant(), version);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	long stakeholderId() {
		return stakeholderId;
	}

	LegalBasis legalBasis() {
		return legalBasis;
	}

	private static @Nullable String trim(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		return t.isEmpty() ? null : t;
	}
}
