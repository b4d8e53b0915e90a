package org.atelier.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.atelier.capacity.CoreTeam;
import org.atelier.capacity.FundingSourceInput;
import org.atelier.capacity.FundingSources;
import org.atelier.capacity.SkillGapInput;
import org.atelier.capacity.TeamMemberInput;
import org.atelier.identity.Accounts;
import org.springframework.stereotype.Component;

/**
 * The core teams and funding of the demo ateliers. Republica leans on EU programme money that
 * ends within the year, so its capacity page shows a funding cliff; Zorrotzaurre has a small,
 * steadier mix. Dates are set relative to the day the demo is loaded so the picture stays true.
 */
@Component
class DemoCapacity {

	private final CoreTeam team;
	private final FundingSources funding;
	private final Accounts accounts;
	private final DemoUsers users;
	private final Clock clock;

	DemoCapacity(CoreTeam team, FundingSources funding, Accounts accounts, DemoUsers users, Clock clock) {
		this.team = team;
		this.funding = funding;
		this.accounts = accounts;
		this.users = users;
		this.clock = clock;
	}

	void record(long republica, long bilbao) {
		LocalDate today = LocalDate.now(clock);
		LocalDate euEnd = today.plusMonths(7).with(TemporalAdjusters.lastDayOfMonth());
		users.as("eva.jansen", () -> {
			member(republica, "eva.jansen", "Atelier lead", "24", "2026-03-02", "Tom Bakker",
					"Steering group meets on the first Monday of the month; the alderman's office wants a one-page "
							+ "update the Friday before. Contracts and the grant agreement are in the shared drive, "
							+ "folder 'Republica/Governance'.");
			member(republica, "tom.bakker", "Facilitator", "16", "2026-03-02", null,
					"Workshop kits are in the harbour office, cupboard 3. Residents prefer evening sessions.");
			member(republica, "sanne.visser", "Energy data analyst", "12", "2026-04-01", null,
					"Load data arrive monthly from the grid operator's portal; the simulation scripts are in the "
							+ "project repository.");
			external(republica, "Pieter de Vries", "Grid operator liaison", "6", "2026-05-01", null);
			external(republica, "Anouk Smit", "Communication", "8", today.minusMonths(8).toString(),
					today.minusMonths(1).toString());

			team.addGap(republica, SkillGapInput.parse("Energy-sharing law",
					"Two days of advice a month from a lawyer specialised in energy communities until the legal route "
							+ "is chosen; Tom joins the national energy-community learning network.",
					id("tom.bakker"), today.plusMonths(3).toString()));
			team.addGap(republica, SkillGapInput.parse("Grant writing for the follow-up programme",
					"Ask the city's EU office to co-write the next proposal; train Sanne on the programme's rules.",
					id("eva.jansen"), today.plusMonths(2).toString()));

			source(republica, "programme-funding", "Horizon Europe, positive energy districts", "180000", "2025-01-01",
					euEnd.toString(), "committed");
			source(republica, "municipal-budget", "City of Amsterdam, sustainability fund", "90000", "2026-01-01", null,
					"received");
			source(republica, "public-private-partnership", "Republica developer", "40000", "2026-03-01", "2028-12-31",
					"committed");
			source(republica, "in-kind", "Regional grid operator (data and staff time)", "25000", "2026-03-01",
					"2027-12-31", "committed");
			source(republica, "service-contributions", "Tenants' energy co-operative", "12000",
					today.plusMonths(4).withDayOfMonth(1).toString(), null, "expected");
			return null;
		});
		users.as("iker.etxeberria", () -> {
			member(bilbao, "iker.etxeberria", "Atelier lead", "20", "2026-05-18", null,
					"The energy agency chairs the technical table; minutes go to the district council.");
			member(bilbao, "lucia.garcia", "Facilitator", "10", "2026-05-18", "Iker Etxeberria", null);
			source(bilbao, "municipal-budget", "Bilbao City Council", "70000", "2026-05-01", null, "received");
			source(bilbao, "programme-funding", "Basque Energy Agency programme", "50000", "2026-06-01", "2028-06-30",
					"committed");
			source(bilbao, "in-kind", "University of Deusto (research time)", "15000", "2026-09-01", "2029-08-31",
					"committed");
			return null;
		});
	}

	private void member(long atelier, String username, String role, String hours, String start, String deputy,
			String notes) {
		team.addMember(atelier, TeamMemberInput.parse(id(username), null, role, hours, start, null, deputy, notes));
	}

	private void external(long atelier, String name, String role, String hours, String start, String end) {
		team.addMember(atelier, TeamMemberInput.parse(null, name, role, hours, start, end, null, null));
	}

	private void source(long atelier, String type, String funder, String amount, String start, String end,
			String status) {
		funding.create(atelier, FundingSourceInput.parse(type, funder, amount, start, end, status));
	}

	private long id(String username) {
		return accounts.findByUsername(username).orElseThrow().id();
	}
}
