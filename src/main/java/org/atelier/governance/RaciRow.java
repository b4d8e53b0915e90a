package org.atelier.governance;

import java.util.List;
import java.util.Map;

/**
 * One responsibility of the RACI matrix: the letter per party, and the message keys of the rules
 * it breaks (none when it has exactly one Accountable and at least one Responsible).
 */
public record RaciRow(long id, String responsibility, Map<String, RaciLetter> cells, int version,
		List<String> problems) {

	public boolean valid() {
		return problems.isEmpty();
	}

	/** The rules of a RACI row: exactly one Accountable, at least one Responsible. */
	public static List<String> check(Map<String, RaciLetter> cells) {
		long accountable = cells.values().stream().filter(l -> l == RaciLetter.A).count();
		long responsible = cells.values().stream().filter(l -> l == RaciLetter.R).count();
		List<String> problems = new java.util.ArrayList<>();
		if (accountable == 0) {
			problems.add("governance.raci.noAccountable");
		}
		else if (accountable > 1) {
			problems.add("governance.raci.manyAccountable");
		}
		if (responsible == 0) {
			problems.add("governance.raci.noResponsible");
		}
		return problems;
	}
}
