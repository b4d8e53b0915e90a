package org.atelier.energy.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The time steps of a simulated year: 365 days from 1 January 00:00 UTC, in steps of 15 or 60
 * minutes (or only its first days, for short studies). In leap years 29 February is left out so that every year has the same steps and
 * typical-year data (PVGIS) maps onto it day by day. Precomputes, per step, the UTC month and the
 * local hour and day of week in the site's time zone (for load profiles and time windows).
 */
public final class TimeGrid {

	public static final int DAYS = 365;

	private final int year;
	private final int days;
	private final int stepMinutes;
	private final int steps;
	private final double stepHours;
	private final ZoneId zone;
	private final byte[] month;
	private final byte[] localHour;
	private final byte[] localDayOfWeek;
	private final long[] dayStartEpochSecond;

	/** A whole year: 365 days. */
	public TimeGrid(int year, int stepMinutes, ZoneId zone) {
		this(year, stepMinutes, zone, DAYS);
	}

	/** The first {@code days} days of a year (1..365): for short studies and hand-checked cases. */
	public TimeGrid(int year, int stepMinutes, ZoneId zone, int days) {
		if (stepMinutes != 15 && stepMinutes != 60) {
			throw new IllegalArgumentException("stepMinutes must be 15 or 60, was " + stepMinutes);
		}
		if (days < 1 || days > DAYS) {
			throw new IllegalArgumentException("days must be 1..365, was " + days);
		}
		this.year = year;
		this.days = days;
		this.stepMinutes = stepMinutes;
		this.steps = days * stepsPerDay();
		this.stepHours = stepMinutes / 60.0;
		this.zone = zone;
		this.month = new byte[steps];
		this.localHour = new byte[steps];
		this.localDayOfWeek = new byte[steps];
		this.dayStartEpochSecond = new long[days];
		for (int d = 0; d < days; d++) {
			LocalDate date = date(d);
			dayStartEpochSecond[d] = date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
		}
		int perDay = stepsPerDay();
		for (int i = 0; i < steps; i++) {
			int d = i / perDay;
			long epoch = dayStartEpochSecond[d] + (long) (i % perDay) * stepMinutes * 60L;
			month[i] = (byte) date(d).getMonthValue();
			ZonedDateTime local = java.time.Instant.ofEpochSecond(epoch).atZone(zone);
			localHour[i] = (byte) local.getHour();
			localDayOfWeek[i] = (byte) local.getDayOfWeek().getValue();
		}
	}

	/** The calendar date of day index {@code d} (0..364), skipping 29 February in leap years. */
	public LocalDate date(int d) {
		LocalDate jan1 = LocalDate.of(year, 1, 1);
		boolean skip = jan1.isLeapYear() && d >= 59;
		return jan1.plusDays(skip ? d + 1 : d);
	}

	public int year() {
		return year;
	}

	/** Number of days covered (365 for a year). */
	public int days() {
		return days;
	}

	public int stepMinutes() {
		return stepMinutes;
	}

	public int steps() {
		return steps;
	}

	public int stepsPerDay() {
		return 1440 / stepMinutes;
	}

	/** Step length in hours: the factor from kW to kWh. */
	public double stepHours() {
		return stepHours;
	}

	public ZoneId zone() {
		return zone;
	}

	/** Start of step {@code i} in seconds since the epoch (UTC). */
	public long epochSecond(int i) {
		int perDay = stepsPerDay();
		return dayStartEpochSecond[i / perDay] + (long) (i % perDay) * stepMinutes * 60L;
	}

	/** UTC calendar month 1..12 of step {@code i}. */
	public int month(int i) {
		return month[i];
	}

	/** Hour of day 0..23 at the start of step {@code i} in the site's time zone. */
	public int localHour(int i) {
		return localHour[i];
	}

	/** ISO day of week 1 (Monday) .. 7 (Sunday) in the site's time zone. */
	public int localDayOfWeek(int i) {
		return localDayOfWeek[i];
	}

	/** Day index 0..364 of step {@code i}. */
	public int day(int i) {
		return i / stepsPerDay();
	}

	/** An array of one value for every step. */
	public double[] constant(double value) {
		double[] a = new double[steps];
		java.util.Arrays.fill(a, value);
		return a;
	}

	/**
	 * Fits a series onto this grid: one value per step as it is, an hourly year (8,760 values)
	 * repeated over the quarter hours of a 15-minute grid, or a 15-minute year (35,040 values)
	 * averaged per hour for an hourly grid.
	 *
	 * @throws IllegalArgumentException when the length is none of these
	 */
	public double[] fit(double[] values) {
		if (values.length == steps) {
			return values.clone();
		}
		int hourly = days * 24;
		if (values.length == hourly && stepMinutes == 15) {
			double[] out = new double[steps];
			for (int i = 0; i < steps; i++) {
				out[i] = values[i / 4];
			}
			return out;
		}
		if (values.length == days * 96 && stepMinutes == 60) {
			double[] out = new double[steps];
			for (int i = 0; i < steps; i++) {
				out[i] = (values[4 * i] + values[4 * i + 1] + values[4 * i + 2] + values[4 * i + 3]) / 4.0;
			}
			return out;
		}
		throw new IllegalArgumentException("expected " + steps + " values (one per step)"
			+ (stepMinutes == 15 ? " or " + hourly + " hourly values" : " or " + days * 96 + " quarter-hour values")
			+ ", got " + values.length);
	}
}
