package org.atelier.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.atelier.lifecycle.ReadinessFinding;
import org.atelier.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** The rules of the governance records, without a database: RACI, role flags, decision states, readiness. */
class GovernanceRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void aRaciRowNeedsExactlyOneAccountableAndAtLeastOneResponsible() {
		assertThat(RaciRow.check(Map.of("City", RaciLetter.A, "Grid", RaciLetter.R))).isEmpty();
		assertThat(RaciRow.check(Map.of("City", RaciLetter.A, "Grid", RaciLetter.R, "Uni", RaciLetter.R,
				"Residents", RaciLetter.I))).isEmpty();
		assertThat(RaciRow.check(Map.of("Grid", RaciLetter.R))).containsExactly("governance.raci.noAccountable");
		assertThat(RaciRow.check(Map.of("City", RaciLetter.A, "Grid", RaciLetter.A, "Uni", RaciLetter.R)))
			.containsExactly("governance.raci.manyAccountable");
		assertThat(RaciRow.check(Map.of("City", RaciLetter.A, "Uni", RaciLetter.C)))
			.containsExactly("governance.raci.noResponsible");
		assertThat(RaciRow.check(Map.of())).containsExactly("governance.raci.noAccountable", "governance.raci.noResponsible");
	}

	@Test
	void raciLettersAreParsedStrictlyAndEmptyCellsLeftOut() {
		assertThat(RaciMatrix.cells(Map.of("City", "a", "Grid", " r ", "Uni", ""))).containsOnlyKeys("City", "Grid")
			.containsEntry("City", RaciLetter.A);
		assertThatThrownBy(() -> RaciMatrix.cells(Map.of("City", "X"))).isInstanceOf(FieldProblem.class)
			.satisfies(e -> assertThat(((FieldProblem) e).violations().getFirst().messageKey())
				.isEqualTo("governance.raci.letter.invalid"));
	}

	@Test
	void mandatesEndingWithinThirtyDaysAreFlaggedAndEndedOnesDoNotHoldTheRole() {
		List<GovernanceRole> flagged = GovernanceRecords.flagged(List.of(
				role(1, RoleKind.FACILITATOR, "Eva", false, TODAY.plusDays(30)),
				role(2, RoleKind.CHAIR, "Tom", false, TODAY.plusDays(31)),
				role(3, RoleKind.DECISION_MAKER, "Noor", false, TODAY.minusDays(1)),
				role(4, RoleKind.DECISION_MAKER, "Sanne", false, null)), TODAY);
		assertThat(flagged.get(0).expiring()).isTrue();
		assertThat(flagged.get(0).expired()).isFalse();
		assertThat(flagged.get(1).expiring()).isFalse();
		assertThat(flagged.get(2).expired()).isTrue();
		assertThat(flagged.get(2).expiring()).isFalse();
		// Noor's mandate ended, so Sanne is the only decision-maker left: a single point of failure
		assertThat(flagged.get(3).singlePoint()).isTrue();
		assertThat(flagged.get(2).singlePoint()).isFalse();
	}

	@Test
	void aRoleWithASecondHolderOrADeputyIsNoSinglePointOfFailure() {
		List<GovernanceRole> two = GovernanceRecords.flagged(List.of(role(1, RoleKind.SECRETARY, "A", false, null),
				role(2, RoleKind.SECRETARY, "B", false, null)), TODAY);
		assertThat(two).noneMatch(GovernanceRole::singlePoint);
		List<GovernanceRole> deputy = GovernanceRecords.flagged(List.of(role(1, RoleKind.CHAIR, "A", true, null)), TODAY);
		assertThat(deputy.getFirst().singlePoint()).isFalse();
		List<GovernanceRole> alone = GovernanceRecords.flagged(List.of(role(1, RoleKind.CHAIR, "A", false, null)), TODAY);
		assertThat(alone.getFirst().singlePoint()).isTrue();
	}

	@Test
	void onlyAProposalIsEditedOrDecidedAndOnlyAnAcceptedDecisionIsSuperseded() {
		assertThat(DecisionStatus.PROPOSED.editable()).isTrue();
		assertThat(DecisionStatus.PROPOSED.decidable()).isTrue();
		assertThat(DecisionStatus.PROPOSED.supersedable()).isFalse();
		for (DecisionStatus frozen : List.of(DecisionStatus.ACCEPTED, DecisionStatus.REJECTED, DecisionStatus.SUPERSEDED)) {
			assertThat(frozen.editable()).as(frozen.name()).isFalse();
			assertThat(frozen.decidable()).as(frozen.name()).isFalse();
		}
		assertThat(DecisionStatus.ACCEPTED.supersedable()).isTrue();
		assertThat(DecisionStatus.REJECTED.supersedable()).isFalse();
		assertThat(DecisionStatus.SUPERSEDED.supersedable()).isFalse();
	}

	@Test
	void decisionInputNamesEveryBadFieldAndAcceptingNeedsWhoWhatAndWhen() {
		assertThatThrownBy(() -> DecisionInput.parse(" ", null, null, null, null, null, null, null, null, "25-11-2026", null))
			.isInstanceOf(FieldProblem.class)
			.satisfies(e -> assertThat(((FieldProblem) e).violations()).extracting(FieldProblem.Violation::field)
				.containsExactly("title", "decidedOn"));
		DecisionInput input = DecisionInput.parse("Pilot site", null, "Harbour\n\n  Station  \n", null, null, null, null,
				null, null, null, null);
		assertThat(input.options()).containsExactly("Harbour", "Station");
		assertThatThrownBy(input::requireDecided).isInstanceOf(FieldProblem.class)
			.satisfies(e -> assertThat(((FieldProblem) e).violations()).extracting(FieldProblem.Violation::field)
				.containsExactly("decision", "decidedBy", "decidedOn"));
	}

	@Test
	void governanceArrangedNamesWhatIsMissingAndIgnoresEndedMandates() {
		List<GovernanceRole> roles = GovernanceRecords.flagged(List.of(role(1, RoleKind.FACILITATOR, "Eva", false, null),
				role(2, RoleKind.DECISION_MAKER, "Tom", false, TODAY.minusDays(3))), TODAY);
		ReadinessFinding finding = GovernanceChecks.arranged(9, "facilitator,decision-authority,mandate", roles, false);
		assertThat(finding.met()).isFalse();
		assertThat(finding.fixPath()).isEqualTo("/ateliers/9/governance");
		assertThat(finding.detailArgs()).hasSize(2);
		assertThat(finding.detailArgs().get(1)).isEqualTo(1);

		List<GovernanceRole> chair = GovernanceRecords.flagged(List.of(role(1, RoleKind.FACILITATOR, "Eva", false, null),
				role(2, RoleKind.CHAIR, "Tom", false, null)), TODAY);
		assertThat(GovernanceChecks.arranged(9, "facilitator,decision-authority,mandate", chair, true).met()).isTrue();
		assertThat(GovernanceChecks.arranged(9, "facilitator", chair, false).met()).isTrue();
	}

	@Test
	void governanceFormalisedNeedsEveryPart() {
		var level = new EscalationLevel(1, 1, "Core team", null, null, 0);
		var level2 = new EscalationLevel(2, 2, "Steering group", null, null, 0);
		var link = new StrategyLink(1, "Energy transition plan", null, null, 0);
		var good = new RaciRow(1, "Budget", Map.of("City", RaciLetter.A, "Grid", RaciLetter.R), 0, List.of());
		var broken = new RaciRow(2, "Data", Map.of("Grid", RaciLetter.R), 0, List.of("governance.raci.noAccountable"));

		assertThat(GovernanceChecks.formalised(3, new GovernanceChecks.Formal(true, List.of(level, level2), List.of(link),
				List.of(good), 1)).met()).isTrue();
		assertThat(GovernanceChecks.formalised(3, new GovernanceChecks.Formal(true, List.of(level, level2), List.of(link),
				List.of(good, broken), 1)).met()).isFalse();
		ReadinessFinding bare = GovernanceChecks.formalised(3, new GovernanceChecks.Formal(false, List.of(level),
				List.of(), List.of(), 0));
		assertThat(bare.met()).isFalse();
		assertThat(bare.detailArgs().get(1)).isEqualTo(4);
	}

	@Test
	void onlyAbsoluteWebAddressesAreAccepted() {
		assertThat(GovernanceRecords.webAddress("https://www.amsterdam.nl/energie")).isTrue();
		assertThat(GovernanceRecords.webAddress("http://example.org")).isTrue();
		assertThat(GovernanceRecords.webAddress("javascript:alert(1)")).isFalse();
		assertThat(GovernanceRecords.webAddress("/relative")).isFalse();
		assertThat(GovernanceRecords.webAddress("ftp://example.org")).isFalse();
		assertThat(GovernanceRecords.webAddress("https://exa mple.org")).isFalse();
	}

	private static GovernanceRole role(long id, RoleKind kind, String holder, boolean deputy, LocalDate endsOn) {
		return new GovernanceRole(id, kind, null, null, holder, deputy, null, null, endsOn, 0, false, false, false, null);
	}
}
