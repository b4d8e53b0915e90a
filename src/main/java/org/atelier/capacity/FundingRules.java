package org.atelier.capacity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The funding rules, free of storage and Spring so that they can be checked by hand.
 *
 * <h2>Pro-rata by days</h2>
 * A source brings its yearly amount spread evenly over the days of a year. Over a period it brings
 * {@code amountPerYear × covered days ÷ days of the year}, where the covered days are the days of
 * the period between the source's start and end date (both inclusive; no end date means it goes
 * on). For a calendar quarter "days of the year" is the length of that quarter's calendar year
 * (365, or 366 in a leap year), so four full quarters give exactly the yearly amount. For the next
 * twelve months (today up to the day before the same date next year) it is the length of that
 * window (365 or 366 days), so a source covering the whole window gives exactly its yearly amount.
 * Amounts are rounded to cents (half up) per source and period; totals add the rounded amounts.
 *
 * <h2>Runway</h2>
 * Twelve calendar quarters starting with the one that contains today, stacked by type; expected
 * money is stacked separately so that a chart can show it visibly apart from firm money.
 *
 * <h2>Warnings count firm money only</h2>
 * Expected sources are shown in the runway but left out of the warnings: a warning should not
 * appear or vanish on a hope. "Next year's funding" is the firm (committed or received) money of
 * the next twelve months, per source.
 * <ul>
 * <li>Concentration: the Herfindahl–Hirschman index is the sum of the squared market shares of all
 * participants, HHI = Σ sᵢ² (U.S. Department of Justice and FTC, Horizontal Merger Guidelines,
 * 2010, section 5.3; here the "market" is next year's firm funding and the participants are the
 * funding sources). With shares as fractions it lies between 1/n and 1; multiplied by 10,000 it
 * gives the usual points scale. The concentration warning is raised when one source brings more
 * than 60% of next year's funding (exactly 60% does not warn).</li>
 * <li>Funding cliff: "current annual funding" is the sum of the yearly amounts of the firm sources
 * active today (started on or before today and not ended before today). The warning is raised when
 * the sources among them that end within twelve months (on or before the same date next year)
 * make up 50% or more of it (exactly 50% warns).</li>
 * </ul>
 */
public final class FundingRules {

	/** Quarters shown in the runway. */
	public static final int QUARTERS = 12;

	private static final BigDecimal CONCENTRATION_LIMIT = new BigDecimal("0.6");
	private static final BigDecimal CLIFF_LIMIT = new BigDecimal("0.5");

	private FundingRules() {
	}

	/** A funding source as the rules see it. */
	public record Source(long id, FundingType type, String funder, BigDecimal amountPerYear, LocalDate start,
			@Nullable LocalDate end, FundingStatus status) {

		boolean activeOn(LocalDate day) {
			return !start.isAfter(day) && (end == null || !end.isBefore(day));
		}
	}

	/** One calendar quarter of the runway: firm and expected money per type (every type present, zero if none). */
	public record Quarter(int year, int quarter, LocalDate start, LocalDate end, Map<FundingType, BigDecimal> firm,
			Map<FundingType, BigDecimal> expected) {

		public String label() {
			return year + " Q" + quarter;
		}

		public BigDecimal firmTotal() {
			return firm.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public BigDecimal expectedTotal() {
			return expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		}
	}

	/** A source's money in the next twelve months; {@code share} of next year's firm funding, null for expected ones. */
	public record SourceYear(long id, FundingType type, String funder, FundingStatus status, BigDecimal nextTwelveMonths,
			@Nullable BigDecimal share) {
	}

	/** Everything the rules say about an atelier's funding on a given day. */
	public record Outlook(LocalDate today, List<Quarter> quarters, List<SourceYear> sources, BigDecimal nextYearFirm,
			BigDecimal nextYearExpected, @Nullable BigDecimal hhi, boolean concentration,
			@Nullable SourceYear largest, BigDecimal currentAnnual, BigDecimal endingWithinYear, boolean cliff) {

		/** The HHI on the usual 0–10,000 points scale. */
		public @Nullable Integer hhiPoints() {
			return FundingRules.hhiPoints(hhi);
		}

		/** The share of current annual funding that ends within twelve months; null without current funding. */
		public @Nullable BigDecimal endingShare() {
			return currentAnnual.signum() == 0 ? null
					: endingWithinYear.divide(currentAnnual, 4, RoundingMode.HALF_UP);
		}
	}

	/** An HHI given as a fraction (0–1) on the usual 0–10,000 points scale. */
	public static @Nullable Integer hhiPoints(@Nullable BigDecimal hhi) {
		return hhi == null ? null : hhi.multiply(BigDecimal.valueOf(10_000)).setScale(0, RoundingMode.HALF_UP).intValue();
	}

	public static Outlook outlook(List<Source> sources, LocalDate today) {
		List<Quarter> quarters = quarters(sources, today);

		LocalDate windowEnd = today.plusYears(1).minusDays(1);
		long windowDays = ChronoUnit.DAYS.between(today, windowEnd) + 1;
		List<SourceYear> years = new ArrayList<>();
		BigDecimal firmTotal = BigDecimal.ZERO;
		BigDecimal expectedTotal = BigDecimal.ZERO;
		List<BigDecimal> amounts = new ArrayList<>();
		for (Source s : sources) {
			BigDecimal amount = amountIn(s, today, windowEnd, windowDays);
			amounts.add(amount);
			if (s.status().firm()) {
				firmTotal = firmTotal.add(amount);
			}
			else {
				expectedTotal = expectedTotal.add(amount);
			}
		}
		BigDecimal hhi = null;
		boolean concentration = false;
		SourceYear largest = null;
		for (int i = 0; i < sources.size(); i++) {
			Source s = sources.get(i);
			BigDecimal amount = amounts.get(i);
			BigDecimal share = null;
			if (s.status().firm() && firmTotal.signum() > 0) {
				share = amount.divide(firmTotal, MathContext.DECIMAL64);
				hhi = (hhi == null ? BigDecimal.ZERO : hhi).add(share.multiply(share, MathContext.DECIMAL64));
				// exact comparison: amount / total > 0.6  <=>  amount > 0.6 × total
				if (amount.compareTo(CONCENTRATION_LIMIT.multiply(firmTotal)) > 0) {
					concentration = true;
				}
			}
			SourceYear year = new SourceYear(s.id(), s.type(), s.funder(), s.status(), amount,
					share == null ? null : share.setScale(4, RoundingMode.HALF_UP));
			years.add(year);
			if (share != null && (largest == null || amount.compareTo(largest.nextTwelveMonths()) > 0)) {
				largest = year;
			}
		}
		if (hhi != null) {
			hhi = hhi.setScale(4, RoundingMode.HALF_UP);
		}

		LocalDate cliffDate = today.plusYears(1);
		BigDecimal current = BigDecimal.ZERO;
		BigDecimal ending = BigDecimal.ZERO;
		for (Source s : sources) {
			if (s.status().firm() && s.activeOn(today)) {
				current = current.add(s.amountPerYear());
				if (s.end() != null && !s.end().isAfter(cliffDate)) {
					ending = ending.add(s.amountPerYear());
				}
			}
		}
		boolean cliff = current.signum() > 0 && ending.compareTo(CLIFF_LIMIT.multiply(current)) >= 0;
		years.sort(Comparator.comparing(SourceYear::nextTwelveMonths).reversed().thenComparing(SourceYear::id));
		return new Outlook(today, quarters, List.copyOf(years), firmTotal, expectedTotal, hhi, concentration, largest,
				current, ending, cliff);
	}

	/** The twelve quarters from the one containing {@code today}, stacked by type. */
	static List<Quarter> quarters(List<Source> sources, LocalDate today) {
		List<Quarter> quarters = new ArrayList<>();
		LocalDate start = today.with(IsoFields.DAY_OF_QUARTER, 1);
		for (int i = 0; i < QUARTERS; i++) {
			LocalDate end = start.plusMonths(3).minusDays(1);
			Map<FundingType, BigDecimal> firm = zeroes();
			Map<FundingType, BigDecimal> expected = zeroes();
			for (Source s : sources) {
				BigDecimal amount = amountIn(s, start, end, start.lengthOfYear());
				(s.status().firm() ? firm : expected).merge(s.type(), amount, BigDecimal::add);
			}
			quarters.add(new Quarter(start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR), start, end, firm, expected));
			start = end.plusDays(1);
		}
		return List.copyOf(quarters);
	}

	/**
	 * What a source brings between {@code from} and {@code to} (inclusive): its yearly amount times
	 * the days it covers there, divided by {@code yearDays}; in cents, rounded half up.
	 */
	static BigDecimal amountIn(Source s, LocalDate from, LocalDate to, long yearDays) {
		LocalDate a = s.start().isAfter(from) ? s.start() : from;
		LocalDate b = s.end() != null && s.end().isBefore(to) ? s.end() : to;
		if (a.isAfter(b)) {
			return BigDecimal.ZERO.setScale(2);
		}
		long days = ChronoUnit.DAYS.between(a, b) + 1;
		return s.amountPerYear().multiply(BigDecimal.valueOf(days))
			.divide(BigDecimal.valueOf(yearDays), 2, RoundingMode.HALF_UP);
	}

	private static Map<FundingType, BigDecimal> zeroes() {
		Map<FundingType, BigDecimal> map = new EnumMap<>(FundingType.class);
		for (FundingType t : FundingType.values()) {
			map.put(t, BigDecimal.ZERO.setScale(2));
		}
		return map;
	}
}
