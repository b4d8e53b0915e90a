package org.atelier.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.atelier.activity.ActionRegister;
import org.atelier.activity.ActionStatus;
import org.atelier.activity.MinutesStatus;
import org.atelier.activity.OutcomeKind;
import org.atelier.activity.SessionInput;
import org.atelier.activity.Sessions;
import org.atelier.identity.Accounts;
import org.atelier.shared.links.LinkTargets;
import org.springframework.stereotype.Component;

/**
 * Republica's sessions, dated around the day the demo is loaded: two core-team meetings held
 * (the first with approved minutes whose decision and actions were carried out, one of them now
 * overdue; the second circulated with a proposed amendment) and a co-creation evening with
 * residents still to come, which tests the tenants hypothesis.
 */
@Component
class DemoActivity {

	private static final String ZONE = "Europe/Amsterdam";

	private final Sessions sessions;
	private final ActionRegister actions;
	private final Accounts accounts;
	private final LinkTargets links;
	private final DemoUsers users;

	DemoActivity(Sessions sessions, ActionRegister actions, Accounts accounts, LinkTargets links, DemoUsers users) {
		this.sessions = sessions;
		this.actions = actions;
		this.accounts = accounts;
		this.links = links;
		this.users = users;
	}

	void record(long republica) {
		long eva = id("eva.jansen");
		long tom = id("tom.bakker");
		long sanne = id("sanne.visser");
		long noor = id("noor.elamrani");
		LocalDate today = LocalDate.now();
		users.as("eva.jansen", () -> {
			long kickOff = sessions.create(republica, input("steering-meeting", "Core team", "Core team kick-off",
					"Agree how the core team works and what it tackles first.", today.minusDays(45), eva, tom,
					"Welcome and introductions\nThe grid connection limit\nHow we decide\nNext steps",
					List.of(tom, sanne, noor), List.of())).id();
			sessions.saveMinutes(republica, kickOff, 0, """
					The core team met for the first time. The grid operator confirmed the 400 kW connection limit.
					The team agreed to meet monthly and to base the battery sizing on measured load data.""");
			sessions.addOutcome(republica, kickOff, OutcomeKind.DECISION,
					"The core team meets monthly and prepares decisions for the steering group", null, null);
			sessions.addOutcome(republica, kickOff, OutcomeKind.ACTION, "Collect the 2025 quarter-hour load data",
					tom, today.minusDays(20));
			sessions.addOutcome(republica, kickOff, OutcomeKind.ACTION, "Draft the data-sharing agreement with the tenants",
					sanne, today.minusDays(4));
			sessions.addOutcome(republica, kickOff, OutcomeKind.INFORMATION,
					"The grid operator will join the second meeting", null, null);
			sessions.attendance(republica, kickOff, sessions.get(republica, kickOff).participants().stream()
				.map(p -> p.id()).collect(java.util.stream.Collectors.toSet()));
			move(republica, kickOff, MinutesStatus.CIRCULATED);
			move(republica, kickOff, MinutesStatus.APPROVED);
			return null;
		});
		users.as("tom.bakker", () -> {
			actions.mine(true).stream().filter(a -> a.title().startsWith("Collect the 2025")).findFirst()
				.ifPresent(a -> actions.changeStatus(republica, a.id(), a.version(), ActionStatus.DONE, null));
			return null;
		});
		users.as("eva.jansen", () -> {
			long second = sessions.create(republica, input("steering-meeting", "Core team", "Core team, second meeting",
					"Look at the load data and choose the battery size.", today.minusDays(14), eva, tom,
					"Open actions\nLoad data: what it shows\nBattery size", List.of(tom, sanne), List.of())).id();
			sessions.saveMinutes(republica, second, 0, """
					The load data shows evening peaks of up to 460 kW in winter. A 200 kWh battery with smart charging
					keeps the complex under the limit in the simulation.""");
			sessions.addOutcome(republica, second, OutcomeKind.ACTION, "Ask two suppliers for a battery quote", tom,
					today.plusDays(2));
			move(republica, second, MinutesStatus.CIRCULATED);
			return null;
		});
		users.as("sanne.visser", () -> {
			long second = sessions.list(republica).stream().filter(s -> s.title().equals("Core team, second meeting"))
				.findFirst().orElseThrow().id();
			sessions.comment(republica, second, "Please add that the simulation used the 2025 weather year.", true);
			return null;
		});
		users.as("eva.jansen", () -> {
			List<Long> tenants = links.candidates("hypothesis", republica).stream()
				.filter(h -> h.title().startsWith("Tenants accept")).map(h -> h.id()).toList();
			sessions.create(republica, input("co-creation", null, "Evening with the residents' association",
					"Hear what tenants need before smart charging is part of their parking contract.",
					today.plusDays(10), eva, null, "What smart charging means\nWhat you would gain\nYour conditions",
					List.of(sanne, noor), tenants));
			return null;
		});
	}

	private void move(long atelier, long session, MinutesStatus to) {
		sessions.moveMinutes(atelier, session, sessions.get(atelier, session).version(), to);
	}

	private long id(String username) {
		return accounts.findByUsername(username).orElseThrow().id();
	}

	private static SessionInput input(String kind, String series, String title, String purpose, LocalDate day,
			long facilitator, Long secretary, String agenda, List<Long> invited, List<Long> hypotheses) {
		return SessionInput.parse(kind, series, title, purpose, null, LocalDateTime.of(day, LocalTime.of(15, 0)).toString(),
				ZONE, "120", "Republica, community room", null, facilitator, secretary,
				List.of("open-innovation-activities"), agenda, invited, List.of(), hypotheses);
	}
}
