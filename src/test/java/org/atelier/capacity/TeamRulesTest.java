package org.atelier.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** FTE counts only people active today on the stated basis; a role held by one active person without a deputy is flagged. */
class TeamRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static TeamRules.Entry entry(String person, String role, String hours, LocalDate start, LocalDate end,
			String deputy) {
		return new TeamRules.Entry(person, role, new BigDecimal(hours), start, end, deputy);
	}

	@Test
	void onlyPeopleActiveTodayCountTowardsTheFte() {
		var entries = List.of(entry("eva", "Lead", "36", TODAY, null, null),
				entry("tom", "Facilitator", "18", TODAY.minusYears(1), TODAY, null),
				entry("ana", "Analyst", "20", TODAY.minusYears(1), TODAY.minusDays(1), null),
				entry("ben", "Analyst", "10", TODAY.plusDays(1), null, null));
		// (36 + 18) / 36 = 1.5
		assertThat(TeamRules.fte(entries, TODAY, new BigDecimal("36"))).isEqualByComparingTo("1.50");
		// on a 40-hour basis: 54 / 40 = 1.35
		assertThat(TeamRules.fte(entries, TODAY, new BigDecimal("40"))).isEqualByComparingTo("1.35");
		assertThat(TeamRules.fte(List.of(), TODAY, new BigDecimal("36"))).isEqualByComparingTo("0");
		// 7.5 / 36 = 0.2083… → 0.21
		assertThat(TeamRules.fte(List.of(entry("x", "Secretary", "7.5", TODAY, null, null)), TODAY,
				new BigDecimal("36"))).isEqualTo(new BigDecimal("0.21"));
	}

	@Test
	void aRoleOnOnePersonWithoutDeputyIsFlagged() {
		var entries = List.of(entry("eva", "Facilitator", "16", TODAY, null, null),
				entry("eva", " facilitator ", "4", TODAY, null, null),
				entry("tom", "Lead", "20", TODAY, null, "Sanne"),
				entry("ana", "Analyst", "10", TODAY, null, null),
				entry("ben", "analyst", "10", TODAY, null, null),
				entry("old", "Secretary", "8", TODAY.minusYears(1), TODAY.minusDays(1), null));
		assertThat(TeamRules.singleHolderRoles(entries, TODAY)).containsExactly("facilitator");
	}
}
