package org.atelier.atelier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.atelier.audit.ChangeSet;
import org.atelier.method.Phase;
import org.atelier.shared.ConflictException;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An Innovation Atelier and its members. Guards its own rules: an archived atelier changes only
 * by being restored, and there is always at least one coordinator. Every change returns the
 * fields it changed, for the audit history.
 */
@Table("atelier")
class Atelier {

	@Id
	private @Nullable Long id;
	private String name;
	private String city;
	private @Nullable String district;
	private Theme theme;
	private @Nullable String challenge;
	private @Nullable String description;
	private @Nullable LocalDate startDate;
	private Phase phase;
	private boolean archived;
	private @Nullable OffsetDateTime archivedAt;
	private @Nullable String activeNameKey;
	private OffsetDateTime createdAt;
	private OffsetDateTime updatedAt;
	@Version
	private int version;
	@MappedCollection(idColumn = "atelier_id")
	private Set<Membership> members;

	@PersistenceCreator
	Atelier(@Nullable Long id, String name, String city, @Nullable String district, Theme theme,
			@Nullable String challenge, @Nullable String description, @Nullable LocalDate startDate, Phase phase,
			boolean archived, @Nullable OffsetDateTime archivedAt, @Nullable String activeNameKey,
			OffsetDateTime createdAt, OffsetDateTime updatedAt, int version, Set<Membership> members) {
		this.id = id;
		this.name = name;
		this.city = city;
		this.district = district;
		this.theme = theme;
		this.challenge = challenge;
		this.description = description;
		this.startDate = startDate;
		this.phase = phase;
		this.archived = archived;
		this.archivedAt = archivedAt;
		this.activeNameKey = activeNameKey;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.members = new HashSet<>(members);
	}

	/** A new atelier in the Preconditions phase, with its founder as the first coordinator. */
	static Atelier found(AtelierInput input, long founderId, OffsetDateTime now) {
		var atelier = new Atelier(null, input.name(), input.city(), input.district(), input.theme(),
				input.challenge(), input.description(), input.startDate(), Phase.PRECONDITIONS, false, null, null, now,
				now, 0, Set.of(new Membership(founderId, AtelierRole.COORDINATOR, now)));
		atelier.activeNameKey = nameKey(input.city(), input.name());
		return atelier;
	}

	/** All fields of a new atelier as changes from nothing, for its creation entry. */
	ChangeSet asCreated() {
		return new ChangeSet().field("name", null, name).field("city", null, city).field("district", null, district)
			.field("theme", null, theme).field("challenge", null, challenge).field("description", null, description)
			.field("startDate", null, startDate).field("phase", null, phase);
	}

	ChangeSet revise(AtelierInput input, OffsetDateTime now) {
		requireActive();
		var changes = new ChangeSet().field("name", name, input.name()).field("city", city, input.city())
			.field("district", district, input.district()).field("theme", theme, input.theme())
			.field("challenge", challenge, input.challenge()).field("description", description, input.description())
			.field("startDate", startDate, input.startDate());
		name = input.name();
		city = input.city();
		district = input.district();
		theme = input.theme();
		challenge = input.challenge();
		description = input.description();
		startDate = input.startDate();
		activeNameKey = nameKey(city, name);
		touch(changes, now);
		return changes;
	}

	ChangeSet moveTo(Phase newPhase, OffsetDateTime now) {
		requireActive();
		var changes = new ChangeSet().field("phase", phase, newPhase);
		phase = newPhase;
		touch(changes, now);
		return changes;
	}

	ChangeSet archive(OffsetDateTime now) {
		requireActive();
		archived = true;
		archivedAt = now;
		activeNameKey = null;
		updatedAt = now;
		return new ChangeSet().field("archived", false, true);
	}

	ChangeSet restore(OffsetDateTime now) {
		if (!archived) {
			throw new ConflictException("atelier.notArchived");
		}
		archived = false;
		archivedAt = null;
		activeNameKey = nameKey(city, name);
		updatedAt = now;
		return new ChangeSet().field("archived", true, false);
	}

	Membership admit(long userId, AtelierRole role, OffsetDateTime now) {
		requireActive();
		if (roleOf(userId).isPresent()) {
			throw new ConflictException("atelier.member.exists");
		}
		var membership = new Membership(userId, role, now);
		members.add(membership);
		updatedAt = now;
		return membership;
	}

	ChangeSet changeRole(long userId, AtelierRole role, OffsetDateTime now) {
		requireActive();
		Membership current = membership(userId);
		if (current.role() == AtelierRole.COORDINATOR && role != AtelierRole.COORDINATOR && coordinators() == 1) {
			throw new ConflictException("atelier.member.lastCoordinator");
		}
		members.remove(current);
		members.add(current.withRole(role));
		updatedAt = now;
		return new ChangeSet().field("role", current.role(), role);
	}

	Membership dismiss(long userId, OffsetDateTime now) {
		requireActive();
		Membership current = membership(userId);
		if (current.role() == AtelierRole.COORDINATOR && coordinators() == 1) {
			throw new ConflictException("atelier.member.lastCoordinator");
		}
		members.remove(current);
		updatedAt = now;
		return current;
	}

	Optional<AtelierRole> roleOf(long userId) {
		return members.stream().filter(m -> m.userId() == userId).map(Membership::role).findFirst();
	}

	long coordinators() {
		return members.stream().filter(m -> m.role() == AtelierRole.COORDINATOR).count();
	}

	/** The key that keeps active names unique per city, compared without regard to letter case. */
	static String nameKey(String city, String name) {
		return city.toLowerCase(Locale.ROOT) + "|" + name.toLowerCase(Locale.ROOT);
	}

	AtelierView view(AtelierRole viewerRole) {
		return new AtelierView(id(), name, city, district, theme, challenge, description, startDate, phase, archived,
				archivedAt == null ? null : archivedAt.toInstant(), createdAt.toInstant(), updatedAt.toInstant(),
				version, viewerRole);
	}

	private Membership membership(long userId) {
		return members.stream().filter(m -> m.userId() == userId).findFirst()
			.orElseThrow(() -> new NotFoundException("member"));
	}

	private void requireActive() {
		if (archived) {
			throw new ConflictException("atelier.archived");
		}
	}

	private void touch(ChangeSet changes, OffsetDateTime now) {
		if (!changes.isEmpty()) {
			updatedAt = now;
		}
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("atelier not saved yet");
		}
		return id;
	}

	boolean isNew() {
		return id == null;
	}

	String name() {
		return name;
	}

	String city() {
		return city;
	}

	boolean archived() {
		return archived;
	}

	@Nullable
	String activeNameKey() {
		return activeNameKey;
	}

	Phase phase() {
		return phase;
	}

	int version() {
		return version;
	}

	Set<Membership> members() {
		return Set.copyOf(members);
	}
}
