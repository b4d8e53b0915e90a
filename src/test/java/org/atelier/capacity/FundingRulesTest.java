package org.atelier.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The funding rules, every expected figure worked out by hand: pro-rata by days in quarters and in
 * the next twelve months (leap years included), the HHI, the 60% concentration limit and the 50%
 * cliff limit at their edges, and expected money kept out of the warnings.
 */
class FundingRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static FundingRules.Source source(long id, String amount, LocalDate start, LocalDate end,
			FundingStatus status) {
		return new FundingRules.Source(id, FundingType.PROGRAMME_FUNDING, "Funder " + id, new BigDecimal(amount), start,
				end, status);
	}

	private static FundingRules.Source open(long id, FundingType type, String amount, FundingStatus status) {
		return new FundingRules.Source(id, type, "Funder " + id, new BigDecimal(amount), LocalDate.of(2020, 1, 1), null,
				status);
	}

	private static BigDecimal eur(String amount) {
		return new BigDecimal(amount);
	}

	@Test
	void withoutFundingThereAreTwelveEmptyQuartersNoIndexAndNoWarning() {
		var o = FundingRules.outlook(List.of(), TODAY);
		assertThat(o.quarters()).hasSize(12);
		assertThat(o.quarters().get(0).label()).isEqualTo("2026 Q4");
		assertThat(o.quarters().get(0).start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(o.quarters().get(11).label()).isEqualTo("2029 Q3");
		assertThat(o.quarters().get(11).end()).isEqualTo(LocalDate.of(2029, 9, 30));
		assertThat(o.quarters()).allSatisfy(q -> assertThat(q.firmTotal()).isEqualByComparingTo("0"));
		assertThat(o.nextYearFirm()).isEqualByComparingTo("0");
		assertThat(o.hhi()).isNull();
		assertThat(o.hhiPoints()).isNull();
		assertThat(o.concentration()).isFalse();
		assertThat(o.currentAnnual()).isEqualByComparingTo("0");
		assertThat(o.endingShare()).isNull();
		assertThat(o.cliff()).isFalse();
	}

	@Test
	void oneSourceIsAllOfNextYearsFunding() {
		var o = FundingRules.outlook(List.of(open(1, FundingType.MUNICIPAL_BUDGET, "120000", FundingStatus.COMMITTED)),
				TODAY);
		assertThat(o.nextYearFirm()).isEqualTo(eur("120000.00"));
		assertThat(o.sources().get(0).share()).isEqualTo(eur("1.0000"));
		assertThat(o.hhi()).isEqualTo(eur("1.0000"));
		assertThat(o.hhiPoints()).isEqualTo(10_000);
		assertThat(o.concentration()).isTrue();
		assertThat(o.largest().id()).isEqualTo(1);
		assertThat(o.cliff()).as("an open-ended source does not end").isFalse();
		// 2026 Q4 has 92 days: 120,000 × 92 / 365 = 30,246.575… → 30,246.58
		assertThat(o.quarters().get(0).firm().get(FundingType.MUNICIPAL_BUDGET)).isEqualTo(eur("30246.58"));
	}

	@Test
	void exactlySixtyPercentDoesNotWarnAndJustAboveDoes() {
		var even = FundingRules.outlook(List.of(open(1, FundingType.MUNICIPAL_BUDGET, "60000", FundingStatus.RECEIVED),
				open(2, FundingType.IN_KIND, "40000", FundingStatus.COMMITTED)), TODAY);
		// 0.6² + 0.4² = 0.36 + 0.16 = 0.52
		assertThat(even.hhi()).isEqualTo(eur("0.5200"));
		assertThat(even.hhiPoints()).isEqualTo(5200);
		assertThat(even.concentration()).isFalse();

		var above = FundingRules.outlook(List.of(open(1, FundingType.MUNICIPAL_BUDGET, "60001", FundingStatus.RECEIVED),
				open(2, FundingType.IN_KIND, "40000", FundingStatus.COMMITTED)), TODAY);
		assertThat(above.concentration()).isTrue();
		assertThat(above.largest().funder()).isEqualTo("Funder 1");
	}

	@Test
	void theIndexOfFourEqualSourcesIsAQuarter() {
		var o = FundingRules.outlook(List.of(open(1, FundingType.MUNICIPAL_BUDGET, "25000", FundingStatus.COMMITTED),
				open(2, FundingType.PROGRAMME_FUNDING, "25000", FundingStatus.COMMITTED),
				open(3, FundingType.SERVICE_CONTRIBUTIONS, "25000", FundingStatus.RECEIVED),
				open(4, FundingType.IN_KIND, "25000", FundingStatus.RECEIVED)), TODAY);
		assertThat(o.hhi()).isEqualTo(eur("0.2500"));
		assertThat(o.hhiPoints()).isEqualTo(2500);
		assertThat(o.concentration()).isFalse();
	}

	@Test
	void expectedMoneyIsStackedApartAndLeftOutOfTheWarnings() {
		var o = FundingRules.outlook(List.of(open(1, FundingType.MUNICIPAL_BUDGET, "100000", FundingStatus.COMMITTED),
				open(2, FundingType.PUBLIC_PRIVATE_PARTNERSHIP, "100000", FundingStatus.EXPECTED)), TODAY);
		assertThat(o.nextYearFirm()).isEqualTo(eur("100000.00"));
		assertThat(o.nextYearExpected()).isEqualTo(eur("100000.00"));
		assertThat(o.hhi()).as("a hoped-for source does not dilute the index").isEqualTo(eur("1.0000"));
		assertThat(o.concentration()).isTrue();
		assertThat(o.sources()).filteredOn(s -> s.id() == 2).singleElement()
			.satisfies(s -> assertThat(s.share()).isNull());
		var q = o.quarters().get(1); // 2027 Q1: 90 days of 365
		assertThat(q.firm().get(FundingType.MUNICIPAL_BUDGET)).isEqualTo(eur("24657.53"));
		assertThat(q.expected().get(FundingType.PUBLIC_PRIVATE_PARTNERSHIP)).isEqualTo(eur("24657.53"));
		assertThat(q.firm().get(FundingType.PUBLIC_PRIVATE_PARTNERSHIP)).isEqualTo(eur("0.00"));
	}

	@Test
	void exactlyHalfOfCurrentFundingEndingWithinTwelveMonthsIsACliff() {
		LocalDate yearAhead = TODAY.plusYears(1); // 2027-11-25 still counts as "within twelve months"
		var half = FundingRules.outlook(List.of(
				source(1, "50000", LocalDate.of(2025, 1, 1), yearAhead, FundingStatus.COMMITTED),
				open(2, FundingType.MUNICIPAL_BUDGET, "50000", FundingStatus.RECEIVED)), TODAY);
		assertThat(half.currentAnnual()).isEqualByComparingTo("100000");
		assertThat(half.endingWithinYear()).isEqualByComparingTo("50000");
		assertThat(half.endingShare()).isEqualTo(eur("0.5000"));
		assertThat(half.cliff()).isTrue();

		var dayLater = FundingRules.outlook(List.of(
				source(1, "50000", LocalDate.of(2025, 1, 1), yearAhead.plusDays(1), FundingStatus.COMMITTED),
				open(2, FundingType.MUNICIPAL_BUDGET, "50000", FundingStatus.RECEIVED)), TODAY);
		assertThat(dayLater.cliff()).isFalse();

		var justBelow = FundingRules.outlook(List.of(
				source(1, "49999.99", LocalDate.of(2025, 1, 1), yearAhead, FundingStatus.COMMITTED),
				open(2, FundingType.MUNICIPAL_BUDGET, "50000", FundingStatus.RECEIVED)), TODAY);
		assertThat(justBelow.cliff()).isFalse();
	}

	@Test
	void theCliffCountsOnlyFirmSourcesActiveToday() {
		// expected money ending soon does not warn, and a firm source that has not started is not current funding
		var o = FundingRules.outlook(List.of(
				source(1, "80000", LocalDate.of(2025, 1, 1), TODAY.plusMonths(6), FundingStatus.EXPECTED),
				source(2, "80000", TODAY.plusDays(1), TODAY.plusMonths(6), FundingStatus.COMMITTED),
				open(3, FundingType.MUNICIPAL_BUDGET, "20000", FundingStatus.COMMITTED)), TODAY);
		assertThat(o.currentAnnual()).isEqualByComparingTo("20000");
		assertThat(o.endingWithinYear()).isEqualByComparingTo("0");
		assertThat(o.cliff()).isFalse();
		// a source ending today is still active today and ends within the year
		var endsToday = FundingRules.outlook(List.of(source(1, "10000", LocalDate.of(2025, 1, 1), TODAY,
				FundingStatus.RECEIVED)), TODAY);
		assertThat(endsToday.cliff()).isTrue();
		assertThat(endsToday.endingShare()).isEqualTo(eur("1.0000"));
	}

	@Test
	void aSourceEndingOrStartingMidQuarterGetsItsDaysOnly() {
		var o = FundingRules.outlook(List.of(
				source(1, "36500", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 2, 14), FundingStatus.COMMITTED),
				source(2, "36500", LocalDate.of(2027, 5, 16), null, FundingStatus.COMMITTED)), TODAY);
		List<FundingRules.Quarter> q = o.quarters();
		// 2026 Q4: 92 days × 100 € a day
		assertThat(q.get(0).firmTotal()).isEqualByComparingTo("9200.00");
		// 2027 Q1: 1 January to 14 February = 45 days
		assertThat(q.get(1).firmTotal()).isEqualByComparingTo("4500.00");
		// 2027 Q2: the second source from 16 May to 30 June = 16 + 30 = 46 days
		assertThat(q.get(2).firmTotal()).isEqualByComparingTo("4600.00");
		// next twelve months (25 Nov 2026 – 24 Nov 2027, 365 days): first source 6 + 31 + 31 + 14 = 82 days
		assertThat(o.sources()).filteredOn(s -> s.id() == 1).singleElement()
			.satisfies(s -> assertThat(s.nextTwelveMonths()).isEqualTo(eur("8200.00")));
		// second source 16 May – 24 Nov 2027 = 16 + 30 + 31 + 31 + 30 + 31 + 24 = 193 days
		assertThat(o.sources()).filteredOn(s -> s.id() == 2).singleElement()
			.satisfies(s -> assertThat(s.nextTwelveMonths()).isEqualTo(eur("19300.00")));
	}

	@Test
	void leapYearsDivideBy366() {
		var source = new FundingRules.Source(1, FundingType.MUNICIPAL_BUDGET, "City", eur("36600"),
				LocalDate.of(2027, 1, 1), null, FundingStatus.RECEIVED);
		List<FundingRules.Quarter> q = FundingRules.outlook(List.of(source), LocalDate.of(2027, 11, 1)).quarters();
		// 2027 Q4: 36,600 × 92 / 365 = 9,225.2055… → 9,225.21
		assertThat(q.get(0).firmTotal()).isEqualTo(eur("9225.21"));
		// 2028 Q1: 31 + 29 + 31 = 91 days of 366 → exactly 9,100
		assertThat(q.get(1).label()).isEqualTo("2028 Q1");
		assertThat(q.get(1).firmTotal()).isEqualTo(eur("9100.00"));
		// the four quarters of 2028 add up to the yearly amount
		BigDecimal year = q.subList(1, 5).stream().map(FundingRules.Quarter::firmTotal).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		assertThat(year).isEqualTo(eur("36600.00"));

		// the twelve months from 1 March 2027 include 29 February 2028: 366 days
		var window = FundingRules.outlook(List.of(source,
				new FundingRules.Source(2, FundingType.IN_KIND, "Partner", eur("36600"), LocalDate.of(2027, 1, 1),
						LocalDate.of(2027, 8, 31), FundingStatus.RECEIVED)), LocalDate.of(2027, 3, 1));
		assertThat(window.sources()).filteredOn(s -> s.id() == 1).singleElement()
			.satisfies(s -> assertThat(s.nextTwelveMonths()).isEqualTo(eur("36600.00")));
		// 1 March – 31 August = 184 days of 366 → 18,400
		assertThat(window.sources()).filteredOn(s -> s.id() == 2).singleElement()
			.satisfies(s -> assertThat(s.nextTwelveMonths()).isEqualTo(eur("18400.00")));
	}

	@Test
	void aSourceOutsideThePeriodBringsNothing() {
		var past = source(1, "10000", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), FundingStatus.RECEIVED);
		var far = source(2, "10000", LocalDate.of(2035, 1, 1), null, FundingStatus.COMMITTED);
		var o = FundingRules.outlook(List.of(past, far), TODAY);
		assertThat(o.nextYearFirm()).isEqualByComparingTo("0");
		assertThat(o.hhi()).isNull();
		assertThat(o.quarters()).allSatisfy(q -> assertThat(q.firmTotal()).isEqualByComparingTo("0"));
	}
}
