package org.atelier.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A funding source of an atelier; {@code active} when today lies within its period. */
public record FundingSourceView(long id, long atelierId, FundingType type, String funder, BigDecimal amountPerYear,
		LocalDate start, @Nullable LocalDate end, FundingStatus status, boolean active, int version) {

	FundingRules.Source source() {
		return new FundingRules.Source(id, type, funder, amountPerYear, start, end, status);
	}
}
