package org.atelier.capacity.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.capacity.FundingRules;
import org.atelier.capacity.FundingSourceView;
import org.atelier.capacity.FundingType;
import org.atelier.capacity.SkillGapView;
import org.atelier.capacity.TeamMemberView;
import org.atelier.capacity.TeamOverview;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the capacity API: request bodies and answers. Amounts are euros, hours per week. */
final class CapacityJson {

	private CapacityJson() {
	}

	/** A role entry: memberId (a member of the atelier) or externalName, not both. */
	record TeamMemberBody(@Nullable Long memberId, @Nullable String externalName, @Nullable String role,
			@Nullable BigDecimal hoursPerWeek, @Nullable String start, @Nullable String end, @Nullable String deputy,
			@Nullable String handoverNotes) {
	}

	record TeamMemberOut(long id, @Nullable Long memberId, @Nullable String externalName, String person, String role,
			BigDecimal hoursPerWeek, LocalDate start, @Nullable LocalDate end, @Nullable String deputy,
			@Nullable String handoverNotes, boolean active, boolean singleHolder, int version) {

		static TeamMemberOut of(TeamMemberView v) {
			return new TeamMemberOut(v.id(), v.memberId(), v.external() ? v.personName() : null, v.personName(),
					v.role(), v.hoursPerWeek(), v.start(), v.end(), v.deputy(), v.handoverNotes(), v.active(),
					v.singleHolder(), v.version());
		}
	}

	/** The team: FTE = active weekly hours / fteHours (people active today only). */
	record TeamOut(BigDecimal fte, BigDecimal fteHours, BigDecimal activeHours, List<String> singleHolderRoles,
			List<TeamMemberOut> members) {

		static TeamOut of(TeamOverview t) {
			return new TeamOut(t.fte(), t.fteHours(), t.activeHours(), t.singleHolderRoles(),
					t.members().stream().map(TeamMemberOut::of).toList());
		}
	}

	record SkillGapBody(@Nullable String skill, @Nullable String plan, @Nullable Long ownerId, @Nullable String due) {
	}

	record SkillGapOut(long id, String skill, String plan, long ownerId, String ownerName, LocalDate due,
			boolean overdue, int version) {

		static SkillGapOut of(SkillGapView g) {
			return new SkillGapOut(g.id(), g.skill(), g.plan(), g.ownerId(), g.ownerName(), g.due(), g.overdue(),
					g.version());
		}
	}

	/** type: municipal-budget, programme-funding, public-private-partnership, service-contributions, in-kind; status: expected, committed, received. */
	record FundingSourceBody(@Nullable String type, @Nullable String funder, @Nullable BigDecimal amountPerYear,
			@Nullable String start, @Nullable String end, @Nullable String status) {
	}

	record FundingSourceOut(long id, String type, String funder, BigDecimal amountPerYear, LocalDate start,
			@Nullable LocalDate end, String status, boolean active, int version) {

		static FundingSourceOut of(FundingSourceView s) {
			return new FundingSourceOut(s.id(), s.type().key(), s.funder(), s.amountPerYear(), s.start(), s.end(),
					s.status().key(), s.active(), s.version());
		}
	}

	record QuarterOut(String label, LocalDate start, LocalDate end, Map<String, BigDecimal> firm,
			Map<String, BigDecimal> expected, BigDecimal firmTotal, BigDecimal expectedTotal) {

		static QuarterOut of(FundingRules.Quarter q) {
			return new QuarterOut(q.label(), q.start(), q.end(), byKey(q.firm()), byKey(q.expected()), q.firmTotal(),
					q.expectedTotal());
		}

		private static Map<String, BigDecimal> byKey(Map<FundingType, BigDecimal> amounts) {
			Map<String, BigDecimal> map = new LinkedHashMap<>();
			amounts.forEach((t, a) -> map.put(t.key(), a));
			return map;
		}
	}

	record SourceYearOut(long id, String type, String funder, String status, BigDecimal nextTwelveMonths,
			@Nullable BigDecimal share) {
	}

	record WarningOut(String code, String message) {
	}

	/**
	 * The funding summary on {@code today}. Warnings and the HHI count committed and received money
	 * only; expected money appears in the quarters' {@code expected} stacks.
	 */
	record SummaryOut(LocalDate today, List<QuarterOut> quarters, List<SourceYearOut> nextTwelveMonths,
			BigDecimal nextYearFirm, BigDecimal nextYearExpected, @Nullable BigDecimal hhi, @Nullable Integer hhiPoints,
			boolean concentration, BigDecimal currentAnnual, BigDecimal endingWithinYear,
			@Nullable BigDecimal endingShare, boolean cliff, List<WarningOut> warnings) {

		static SummaryOut of(FundingRules.Outlook o, List<WarningOut> warnings) {
			List<SourceYearOut> years = new ArrayList<>();
			o.sources().forEach(s -> years.add(new SourceYearOut(s.id(), s.type().key(), s.funder(), s.status().key(),
					s.nextTwelveMonths(), s.share())));
			return new SummaryOut(o.today(), o.quarters().stream().map(QuarterOut::of).toList(), years,
					o.nextYearFirm(), o.nextYearExpected(), o.hhi(), o.hhiPoints(), o.concentration(),
					o.currentAnnual(), o.endingWithinYear(), o.endingShare(), o.cliff(), warnings);
		}
	}
}
