package org.atelier.demo;

import java.time.LocalDate;
import java.util.Map;

import org.atelier.governance.DecisionInput;
import org.atelier.governance.DecisionLog;
import org.atelier.governance.GovernanceRecords;
import org.atelier.governance.RaciMatrix;
import org.atelier.governance.RoleInput;
import org.springframework.stereotype.Component;

/**
 * Republica's first governance arrangement: Eva facilitates, the alderman decides, a two-level
 * escalation route, the city's energy strategy, a RACI row, and a decision that a later one
 * superseded.
 */
@Component
class DemoGovernance {

	private final GovernanceRecords records;
	private final RaciMatrix raci;
	private final DecisionLog decisions;
	private final DemoUsers users;

	DemoGovernance(GovernanceRecords records, RaciMatrix raci, DecisionLog decisions, DemoUsers users) {
		this.records = records;
		this.raci = raci;
		this.decisions = decisions;
		this.users = users;
	}

	void record(long republica) {
		users.as("eva.jansen", () -> {
			records.saveMandate(republica, 0, "The atelier prepares and tests the shared energy system of the Republica "
					+ "complex and proposes investments to the steering group; it decides on its own work plan and "
					+ "pilots up to 25,000 euro.");
			records.addRole(republica, RoleInput.parse("facilitator", null, "eva.jansen", null, false,
					"Prepares and leads the sessions, keeps the follow-up moving.", "2026-09-01", null));
			records.addRole(republica, RoleInput.parse("decision-maker", null, null, "Alderman for Energy, City of Amsterdam",
					false, "Decides on municipal contributions and permits.", "2026-09-01",
					LocalDate.now().plusDays(20).toString()));
			records.addRole(republica, RoleInput.parse("secretary", null, "sanne.visser", null, false, null, null, null));
			records.addLevel(republica, "Core team", "Eva Jansen, Tom Bakker, Sanne Visser",
					"Work plan, sessions, pilots up to 25,000 euro");
			records.addLevel(republica, "Steering group", "Alderman, developer's board, grid operator",
					"Investments, conflicts between partners, changes of the mandate");
			records.addStrategyLink(republica, "New Amsterdam Climate: roadmap to a climate-neutral city", "City of Amsterdam",
					"https://www.amsterdam.nl/en/policy/sustainability/");
			raci.addRow(republica, "Approve the battery pilot budget",
					Map.of("Alderman for Energy, City of Amsterdam", "A", "Eva Jansen", "R", "Tom Bakker", "C"));
			long first = decisions.create(republica, DecisionInput.parse("Battery pilot in the parking garage",
					"The grid connection is full; peaks come from the evening EV charging.",
					"Battery in the parking garage\nSmart charging only\nWait for grid reinforcement",
					"Place a 200 kWh battery in the parking garage.", "Cheapest way to stay under the connection limit.",
					"Eva Jansen", "Core team", "Grid operator", "Residents' association", "2026-10-06", null), true).id();
			decisions.supersede(republica, first, decisions.get(republica, first).version(), DecisionInput.parse(
					"Battery pilot with smart charging", "The simulation showed the battery alone leaves winter peaks.",
					"Bigger battery\nBattery plus smart charging",
					"Place a 200 kWh battery and steer EV charging below the connection limit.",
					"Covers the winter peaks without a bigger battery.", "Eva Jansen", "Core team", "Grid operator",
					"Residents' association", "2026-11-03", null));
			return null;
		});
	}
}
