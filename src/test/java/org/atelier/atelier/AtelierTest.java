package org.atelier.atelier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.atelier.audit.FieldChange;
import org.atelier.method.Phase;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** The rules the atelier aggregate guards by itself, without a database. */
class AtelierTest {

	private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
	private static final long FOUNDER = 1;
	private static final long OTHER = 2;

	private static AtelierInput input(String name) {
		return new AtelierInput(name, "Amsterdam", "Buiksloterham", Theme.ENERGY, "Congested grid", null,
				LocalDate.of(2026, 3, 1));
	}

	@Test
	void aNewAtelierStartsInPreconditionsWithItsFounderAsCoordinator() {
		Atelier atelier = Atelier.found(input("Republica"), FOUNDER, T0);
		assertThat(atelier.phase()).isEqualTo(Phase.PRECONDITIONS);
		assertThat(atelier.roleOf(FOUNDER)).contains(AtelierRole.COORDINATOR);
		assertThat(atelier.activeNameKey()).isEqualTo("amsterdam|republica");
		assertThat(atelier.asCreated().changes()).contains(new FieldChange("name", null, "Republica"),
				new FieldChange("phase", null, "PRECONDITIONS"));
	}

	@Test
	void theLastCoordinatorCanNeitherLeaveNorStepDown() {
		Atelier atelier = Atelier.found(input("Republica"), FOUNDER, T0);
		atelier.admit(OTHER, AtelierRole.PARTNER, T0);

		assertThatThrownBy(() -> atelier.dismiss(FOUNDER, T0)).isInstanceOf(ConflictException.class)
			.hasMessage("atelier.member.lastCoordinator");
		assertThatThrownBy(() -> atelier.changeRole(FOUNDER, AtelierRole.OBSERVER, T0))
			.isInstanceOf(ConflictException.class).hasMessage("atelier.member.lastCoordinator");
		assertThat(atelier.roleOf(FOUNDER)).contains(AtelierRole.COORDINATOR);

		// with a second coordinator, the first may step down and then leave
		assertThat(atelier.changeRole(OTHER, AtelierRole.COORDINATOR, T0).changes())
			.containsExactly(new FieldChange("role", "PARTNER", "COORDINATOR"));
		atelier.changeRole(FOUNDER, AtelierRole.OBSERVER, T0);
		atelier.dismiss(FOUNDER, T0);
		assertThat(atelier.roleOf(FOUNDER)).isEmpty();
		assertThat(atelier.coordinators()).isEqualTo(1);
	}

	@Test
	void someoneIsAMemberOnlyOnce() {
		Atelier atelier = Atelier.found(input("Republica"), FOUNDER, T0);
		atelier.admit(OTHER, AtelierRole.OBSERVER, T0);
		assertThatThrownBy(() -> atelier.admit(OTHER, AtelierRole.PARTNER, T0)).isInstanceOf(ConflictException.class)
			.hasMessage("atelier.member.exists");
	}

	@Test
	void anArchivedAtelierIsReadOnlyUntilRestored() {
		Atelier atelier = Atelier.found(input("Republica"), FOUNDER, T0);
		assertThat(atelier.archive(T0).changes()).containsExactly(new FieldChange("archived", "false", "true"));
		assertThat(atelier.archived()).isTrue();
		assertThat(atelier.activeNameKey()).isNull();

		assertThatThrownBy(() -> atelier.revise(input("Other name"), T0)).hasMessage("atelier.archived");
		assertThatThrownBy(() -> atelier.admit(OTHER, AtelierRole.PARTNER, T0)).hasMessage("atelier.archived");
		assertThatThrownBy(() -> atelier.changeRole(FOUNDER, AtelierRole.PARTNER, T0)).hasMessage("atelier.archived");
		assertThatThrownBy(() -> atelier.dismiss(FOUNDER, T0)).hasMessage("atelier.archived");
		assertThatThrownBy(() -> atelier.moveTo(Phase.ESTABLISHING, T0)).hasMessage("atelier.archived");
		assertThatThrownBy(() -> atelier.archive(T0)).hasMessage("atelier.archived");
		assertThat(atelier.name()).isEqualTo("Republica");

		atelier.restore(T0);
		assertThat(atelier.archived()).isFalse();
		assertThat(atelier.activeNameKey()).isEqualTo("amsterdam|republica");
		assertThat(atelier.revise(input("Republica Noord"), T0).changes())
			.containsExactly(new FieldChange("name", "Republica", "Republica Noord"));
	}

	@Test
	void aRevisionReportsOnlyTheFieldsThatChanged() {
		Atelier atelier = Atelier.found(input("Republica"), FOUNDER, T0);
		assertThat(atelier.revise(input("Republica"), T0).isEmpty()).isTrue();
		var changed = atelier.revise(new AtelierInput("Republica", "Amsterdam", null, Theme.CIRCULAR, "Congested grid",
				"New text", LocalDate.of(2026, 4, 1)), T0);
		assertThat(changed.changes()).containsExactly(new FieldChange("district", "Buiksloterham", null),
				new FieldChange("theme", "ENERGY", "CIRCULAR"), new FieldChange("description", null, "New text"),
				new FieldChange("startDate", "2026-03-01", "2026-04-01"));
	}

	@Test
	void rolesAreOrderedObserverPartnerCoordinator() {
		assertThat(AtelierRole.COORDINATOR.includes(AtelierRole.PARTNER)).isTrue();
		assertThat(AtelierRole.PARTNER.includes(AtelierRole.PARTNER)).isTrue();
		assertThat(AtelierRole.PARTNER.includes(AtelierRole.COORDINATOR)).isFalse();
		assertThat(AtelierRole.OBSERVER.includes(AtelierRole.PARTNER)).isFalse();
		assertThat(AtelierRole.parse("Partner")).contains(AtelierRole.PARTNER);
		assertThat(AtelierRole.parse("owner")).isEmpty();
	}

	@Test
	void inputNamesEveryInvalidField() {
		assertThatThrownBy(() -> AtelierInput.parse("  ", null, "d".repeat(121), "space", null, "x".repeat(4001),
				"31-02-2026"))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field)
				.containsExactlyInAnyOrder("name", "city", "district", "theme", "description", "startDate"));
		var ok = AtelierInput.parse(" Republica ", "Amsterdam", " ", "Energy", "", null, "2026-03-01");
		assertThat(ok.name()).isEqualTo("Republica");
		assertThat(ok.district()).isNull();
		assertThat(ok.challenge()).isNull();
		assertThat(ok.theme()).isEqualTo(Theme.ENERGY);
	}
}
