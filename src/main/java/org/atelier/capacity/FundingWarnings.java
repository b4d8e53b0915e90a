package org.atelier.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** The warnings of a funding outlook as texts in the reader's language, for pages and the API. */
public final class FundingWarnings {

	/** {@code code} is {@code concentration} or {@code cliff}. */
	public record Warning(String code, String message) {
	}

	private FundingWarnings() {
	}

	public static List<Warning> of(FundingRules.Outlook o, MessageSource messages, Locale locale) {
		List<Warning> warnings = new ArrayList<>();
		if (o.concentration() && o.largest() != null && o.largest().share() != null) {
			warnings.add(new Warning("concentration", messages.getMessage("capacity.warning.concentration",
					new Object[] { o.largest().funder(), percent(o.largest().share()), o.hhiPoints() }, locale)));
		}
		if (o.cliff() && o.endingShare() != null) {
			warnings.add(new Warning("cliff", messages.getMessage("capacity.warning.cliff",
					new Object[] { percent(o.endingShare()) }, locale)));
		}
		return warnings;
	}

	/** A fraction as a whole percentage, e.g. 0.6667 → 67. */
	public static int percent(BigDecimal fraction) {
		return fraction.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).intValue();
	}
}
