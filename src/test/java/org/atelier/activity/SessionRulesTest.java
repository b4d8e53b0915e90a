package org.atelier.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;

import org.atelier.lifecycle.ReadinessFinding;
import org.atelier.method.BuildingBlock;
import org.atelier.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** Input checks of sessions and actions, outcome titles, and the session-routine rule, without a database. */
class SessionRulesTest {

	@Test
	void aSessionIsReadWithItsLocalTimeZoneAgendaLinesAndBlocks() {
		SessionInput input = SessionInput.parse("workshop", " Grid ", "Congestion", null, null, "2026-03-29T02:30",
				"Europe/Amsterdam", "60", null, "https://meet.example/x", null, null,
				List.of("open-innovation-activities", ""), "Welcome\n\n  Map  \r\nClose", List.of(4L, 4L), null, null);
		assertThat(input.series()).isEqualTo("Grid");
		assertThat(input.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
		assertThat(input.agenda()).containsExactly("Welcome", "Map", "Close");
		assertThat(input.blocks()).containsExactly(BuildingBlock.OPEN_INNOVATION_ACTIVITIES);
		assertThat(input.invitedMembers()).containsExactly(4L);
	}

	@Test
	void everyBadFieldOfASessionIsReportedAtOnce() {
		assertThatThrownBy(() -> SessionInput.parse(null, null, " ", null, null, "2026-13-01T10:00", "Nowhere/Else",
				"-5", null, "javascript:alert(1)", null, null, List.of("no-such-block"), null, null, null, null))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field)
				.containsExactlyInAnyOrder("kind", "title", "start", "timeZone", "durationMinutes", "onlineLink", "blocks"));
	}

	@Test
	void anActionNeedsTitleOwnerDueDateAndOrigin() {
		assertThatThrownBy(() -> ActionInput.parse("", null, null, "31-12-2026", null, null))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.violations())
				.extracting(FieldProblem.Violation::field).containsExactly("title", "owner", "due", "origin"));
		assertThat(ActionInput.parse(" Call ", " ", 3L, "2026-12-31", "session", 9L).description()).isNull();
	}

	@Test
	void statusesAreParsedFromTheirKeys() {
		assertThat(ActionStatus.parse("in-progress")).contains(ActionStatus.IN_PROGRESS);
		assertThat(ActionStatus.IN_PROGRESS.key()).isEqualTo("in-progress");
		assertThat(ActionStatus.parse("asleep")).isEmpty();
		assertThat(ActionStatus.DONE.pending()).isFalse();
		assertThat(MinutesStatus.APPROVED.editable()).isFalse();
		assertThat(OutcomeKind.parse("Decision")).contains(OutcomeKind.DECISION);
	}

	@Test
	void minutesMoveFromDraftThroughCirculationToApprovalAndNeverBack() {
		for (MinutesStatus from : MinutesStatus.values()) {
			for (MinutesStatus to : MinutesStatus.values()) {
				boolean expected = from == MinutesStatus.DRAFT && to == MinutesStatus.CIRCULATED
						|| from == MinutesStatus.CIRCULATED && to != MinutesStatus.CIRCULATED;
				assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected);
			}
		}
	}

	@Test
	void anOutcomeBecomesATitleFromItsFirstLineCutAtAWord() {
		assertThat(Sessions.titleOf("  Start the pilot\nwith two buildings")).isEqualTo("Start the pilot");
		String longLine = "word ".repeat(60).strip();
		String title = Sessions.titleOf(longLine);
		assertThat(title).endsWith("…").hasSizeLessThanOrEqualTo(201);
		assertThat(title.substring(0, title.length() - 1)).doesNotEndWith(" ").endsWith("word");
	}

	@Test
	void theSessionRoutineNeedsEnoughApprovedMinutesAndSomeFollowUp() {
		ReadinessFinding few = SessionRoutineCheck.judge(5, 3, new Sessions.RoutineFigures(4, 2, 1));
		assertThat(few.met()).isFalse();
		assertThat(few.detailArgs()).containsExactly(2, 3, 1);
		assertThat(few.fixPath()).isEqualTo("/ateliers/5/sessions");
		ReadinessFinding noActions = SessionRoutineCheck.judge(5, 3, new Sessions.RoutineFigures(3, 3, 0));
		assertThat(noActions.met()).isFalse();
		assertThat(noActions.detailKey()).isEqualTo("activity.readiness.routine.noActions");
		assertThat(SessionRoutineCheck.judge(5, 3, new Sessions.RoutineFigures(5, 3, 1)).met()).isTrue();
	}
}
