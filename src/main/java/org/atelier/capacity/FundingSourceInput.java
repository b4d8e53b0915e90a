package org.atelier.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A funding source as a person fills it in: its type, the funder, the amount per year in euros
 * (0 or more, cents at most), the period (no end date: it goes on) and how certain it is.
 */
public record FundingSourceInput(FundingType type, String funder, BigDecimal amountPerYear, LocalDate start,
		@Nullable LocalDate end, FundingStatus status) {

	public static final int FUNDER_MAX = 200;
	public static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999999.99");

	public static FundingSourceInput parse(@Nullable String type, @Nullable String funder, @Nullable String amountPerYear,
			@Nullable String start, @Nullable String end, @Nullable String status) {
		Fields f = new Fields();
		FundingType t = FundingType.parse(type).orElse(null);
		if (t == null) {
			f.add("type", Fields.trim(type) == null ? "capacity.type.required" : "capacity.type.invalid");
		}
		String who = f.text("funder", funder, true, FUNDER_MAX);
		BigDecimal amount = f.number("amountPerYear", amountPerYear, BigDecimal.ZERO, AMOUNT_MAX, 2);
		LocalDate from = f.date("start", start, true);
		LocalDate to = f.date("end", end, false);
		f.endNotBeforeStart(from, to);
		FundingStatus s = FundingStatus.parse(status).orElse(null);
		if (s == null) {
			f.add("status", Fields.trim(status) == null ? "capacity.status.required" : "capacity.status.invalid");
		}
		f.throwIfAny();
		return new FundingSourceInput(t, who, amount, from, to, s);
	}
}
