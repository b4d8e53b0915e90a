package org.atelier.demo;

import org.atelier.governance.DecisionLog;
import org.atelier.hypothesis.EvidenceInput;
import org.atelier.hypothesis.Hypotheses;
import org.atelier.hypothesis.HypothesisInput;
import org.atelier.hypothesis.StatusInput;
import org.springframework.stereotype.Component;

/**
 * Republica's working hypotheses: one supported by the battery decision and a simulation report,
 * with its learning card; one being tested; and an important one with weak evidence that the
 * assumption map flags to test first.
 */
@Component
class DemoHypotheses {

	private final Hypotheses hypotheses;
	private final DecisionLog decisions;
	private final DemoUsers users;

	DemoHypotheses(Hypotheses hypotheses, DecisionLog decisions, DemoUsers users) {
		this.hypotheses = hypotheses;
		this.decisions = decisions;
		this.users = users;
	}

	void record(long republica) {
		users.as("eva.jansen", () -> {
			long peaks = hypotheses.create(republica, HypothesisInput.parse(
					"A shared battery with smart charging keeps the complex under its grid connection limit all year",
					"feasibility", "5", "2", "Simulate a year of quarter-hour loads, then measure the first winter month",
					"Highest quarter-hour import in kW", "Never above the contracted 400 kW", "2026-11-01")).id();
			hypotheses.changeStatus(republica, peaks, 0, StatusInput.parse("testing",
					"Simulation runs started with the 2025 load data.", null, null, null, null));
			long batteryDecision = decisions.list(republica, null).stream()
				.filter(d -> d.title().equals("Battery pilot with smart charging")).findFirst().orElseThrow().id();
			hypotheses.addEvidence(republica, peaks, EvidenceInput.parse("decision", batteryDecision, null, null,
					"supports", "3", "Sized on the simulation results."));
			hypotheses.addEvidence(republica, peaks, EvidenceInput.parse("document", null,
					"https://www.amsterdam.nl/en/policy/sustainability/", "City roadmap: local storage to relieve the grid",
					"supports", "1", null));
			hypotheses.changeStatus(republica, peaks, 1, StatusInput.parse("supported", "Simulation and pilot agree.",
					"In the simulated year the peak stayed at 372 kW; the first pilot month peaked at 381 kW.",
					"The battery alone is not enough in winter, but steering the evening charging closes the gap.",
					"Keep the 200 kWh battery and make smart charging part of the parking contract.",
					"Ask the grid operator to confirm the limit in writing."));

			long tenants = hypotheses.create(republica, HypothesisInput.parse(
					"Tenants accept that their charging is steered when they save on their energy bill",
					"desirability", "4", "2", "Survey and two evening sessions with the residents' association",
					"Share of tenants that opt in", "Two thirds opt in", "2027-01-31")).id();
			hypotheses.changeStatus(republica, tenants, 0, StatusInput.parse("testing",
					"Survey sent to all 120 households.", null, null, null, null));

			hypotheses.create(republica, HypothesisInput.parse(
					"Sharing the battery's energy between businesses and residents is allowed under current rules",
					"regulatory", "5", "0", "Ask the energy regulator and a lawyer for an opinion",
					"A written legal opinion", "No licence needed as a supplier", "2027-02-28"));
			return null;
		});
	}
}
