package org.atelier.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The core-team rules. Only people active today count: their start date is today or earlier and
 * their end date, if any, is today or later. FTE is the sum of their weekly hours divided by the
 * FTE basis (hours of a full-time week, {@code atelier.capacity.fte-hours}, 36 by default),
 * rounded to two decimals. A role rests on one person when exactly one active person holds it and
 * none of its entries names a deputy; roles are compared ignoring case and surrounding spaces.
 */
public final class TeamRules {

	private TeamRules() {
	}

	/** A role entry as the rules see it; {@code person} identifies the holder (member id or external name). */
	public record Entry(String person, String role, BigDecimal hoursPerWeek, LocalDate start, @Nullable LocalDate end,
			@Nullable String deputy) {
	}

	public static boolean activeOn(LocalDate start, @Nullable LocalDate end, LocalDate day) {
		return !start.isAfter(day) && (end == null || !end.isBefore(day));
	}

	public static BigDecimal fte(List<Entry> entries, LocalDate today, BigDecimal fteHours) {
		BigDecimal hours = entries.stream().filter(e -> activeOn(e.start(), e.end(), today))
			.map(Entry::hoursPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add);
		return hours.divide(fteHours, 2, RoundingMode.HALF_UP);
	}

	/** The roles (in their compared form, see {@link #roleKey}) held by one active person without a deputy. */
	public static Set<String> singleHolderRoles(List<Entry> entries, LocalDate today) {
		Map<String, Set<String>> holders = new HashMap<>();
		Set<String> deputised = new HashSet<>();
		for (Entry e : entries) {
			if (!activeOn(e.start(), e.end(), today)) {
				continue;
			}
			String key = roleKey(e.role());
			holders.computeIfAbsent(key, k -> new HashSet<>()).add(e.person());
			if (e.deputy() != null && !e.deputy().isBlank()) {
				deputised.add(key);
			}
		}
		Set<String> flagged = new HashSet<>();
		holders.forEach((role, people) -> {
			if (people.size() == 1 && !deputised.contains(role)) {
				flagged.add(role);
			}
		});
		return flagged;
	}

	public static String roleKey(String role) {
		return role.strip().toLowerCase(Locale.ROOT);
	}
}
