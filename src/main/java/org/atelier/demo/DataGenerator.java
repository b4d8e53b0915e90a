package org.atelier.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.atelier.activity.MinutesStatus;
import org.atelier.activity.OutcomeKind;
import org.atelier.activity.SessionInput;
import org.atelier.activity.SessionView;
import org.atelier.activity.Sessions;
import org.atelier.assessment.AnswerInput;
import org.atelier.assessment.AssessmentGroup;
import org.atelier.assessment.AssessmentService;
import org.atelier.assessment.AssessmentSheet;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.energy.EnergyScenarios;
import org.atelier.governance.DecisionInput;
import org.atelier.governance.DecisionLog;
import org.atelier.hypothesis.EvidenceInput;
import org.atelier.hypothesis.Hypotheses;
import org.atelier.hypothesis.HypothesisInput;
import org.atelier.identity.AccessTokens;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.NewAccount;
import org.atelier.learning.LessonBook;
import org.atelier.learning.LessonInput;
import org.atelier.stakeholder.StakeholderInput;
import org.atelier.stakeholder.StakeholderRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an installation with many ateliers and realistic volumes of records for load benchmarks,
 * through the modules' own services as their people would (every rule, access check and audit
 * entry applies). Deterministic: the same seed on an empty database gives the same records. At
 * scale 1 an atelier gets about a thousand records: stakeholders with contacts, sessions whose
 * approved minutes carry decisions and actions, decisions, lessons, hypotheses with evidence and
 * assessments answered by every member; every fiftieth atelier also gets a simulated energy
 * scenario. Run through {@link GenerateCommand}.
 */
@Component
class DataGenerator {

	static final String BENCH_USER = "bench.user";
	static final int PEOPLE = 40;
	/** The benchmark user is a partner in this many of the first ateliers, whatever their number. */
	static final int BENCH_ATELIERS = 5;

	private static final String[] CITIES = { "Amsterdam", "Bilbao", "Rotterdam", "Utrecht", "Valencia", "Gent",
			"Eindhoven", "Sevilla", "Leuven", "Groningen", "Zaragoza", "Antwerpen" };
	private static final String[] SUBJECTS = { "battery", "heat network", "solar roofs", "tariffs", "residents",
			"permits", "grid congestion", "cargo bikes", "car sharing", "charging points", "reuse of materials",
			"repair cafés", "data sharing", "tenants", "schools", "procurement", "insulation", "heat pumps",
			"water storage", "green roofs" };
	private static final String[] VERBS = { "needs", "depends on", "works better with", "slows down without",
			"gains from", "is blocked by" };
	private static final String[] PARTIES = { "the grid operator", "the housing corporation", "the city council",
			"local firms", "the university", "the residents' association", "the energy cooperative",
			"the province", "the water board", "the school board" };
	private static final String[] ORG_TYPES = { "municipality", "company", "utility", "community-group" };
	private static final String[] SECTORS = { "government", "industry", "civil-society" };
	private static final String[] ATTITUDES = { "leading", "supportive", "neutral" };
	private static final String[] CATEGORIES = { "desirability", "feasibility", "viability", "governance",
			"regulatory" };
	private static final String[] VISIBILITIES = { "MEMBERS", "INSTALLATION", "PUBLIC" };
	private static final String[] BLOCKS = { "strategic-coordination", "value-proposition",
			"learning-knowledge-diffusion", "open-innovation-activities" };
	private static final LocalDate BASE = LocalDate.of(2026, 1, 5);

	private final Accounts accounts;
	private final AccessTokens tokens;
	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final StakeholderRegister stakeholders;
	private final Sessions sessions;
	private final DecisionLog decisions;
	private final LessonBook lessons;
	private final Hypotheses hypotheses;
	private final AssessmentService assessments;
	private final EnergyScenarios scenarios;
	private final TransactionTemplate transaction;
	private final DemoUsers users;

	DataGenerator(Accounts accounts, AccessTokens tokens, AtelierService ateliers, AtelierMembers members,
			StakeholderRegister stakeholders, Sessions sessions, DecisionLog decisions, LessonBook lessons,
			Hypotheses hypotheses, AssessmentService assessments, EnergyScenarios scenarios,
			TransactionTemplate transaction, DemoUsers users) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.ateliers = ateliers;
		this.members = members;
		this.stakeholders = stakeholders;
		this.sessions = sessions;
		this.decisions = decisions;
		this.lessons = lessons;
		this.hypotheses = hypotheses;
		this.assessments = assessments;
		this.scenarios = scenarios;
		this.transaction = transaction;
		this.users = users;
	}

	/** Generates everything {@code options} asks for, printing progress and the totals to {@code out}. */
	Map<String, Long> generate(GenerateCommand.Options options, PrintStream out) {
		long started = System.nanoTime();
		Map<String, Long> totals = new TreeMap<>();
		Random random = new Random(options.seed());
		List<Long> people = createPeople(options.password(), totals);
		Volumes volumes = Volumes.of(options.scale());
		out.printf(Locale.ROOT, "generating %d ateliers at scale %s (per atelier: %s)%n", options.ateliers(),
				options.scale(), volumes);
		for (int i = 0; i < options.ateliers(); i++) {
			int index = i;
			long seed = random.nextLong();
			transaction.executeWithoutResult(status -> atelier(index, new Random(seed), volumes, people, totals));
			if ((i + 1) % 10 == 0 || i + 1 == options.ateliers()) {
				long records = totals.values().stream().mapToLong(Long::longValue).sum();
				out.printf(Locale.ROOT, "  %d/%d ateliers, %d records, %.0f s%n", i + 1, options.ateliers(), records,
						(System.nanoTime() - started) / 1e9);
			}
		}
		writeToken(options, out);
		long records = totals.values().stream().mapToLong(Long::longValue).sum();
		out.printf(Locale.ROOT, "done: %d records in %.0f s%n", records, (System.nanoTime() - started) / 1e9);
		totals.forEach((kind, count) -> out.printf(Locale.ROOT, "  %-22s %9d%n", kind, count));
		return totals;
	}

	/** How many records of each kind one atelier gets at a scale. */
	record Volumes(int stakeholders, int contactsEach, int sessions, int actionsEach, int decisions, int lessons,
			int hypotheses, int evidenceEach, int assessments) {

		static Volumes of(double scale) {
			return new Volumes(n(60, scale), 2, n(30, scale), 3, n(20, scale), n(60, scale), n(30, scale), 2,
					n(3, scale));
		}

		private static int n(int base, double scale) {
			return Math.max(1, (int) Math.round(base * scale));
		}
	}

	private List<Long> createPeople(String password, Map<String, Long> totals) {
		List<Long> ids = new ArrayList<>();
		for (int p = 1; p <= PEOPLE; p++) {
			String username = String.format(Locale.ROOT, "person.%02d", p);
			ids.add(accounts.createUnchecked(new NewAccount(username, "Person " + p, username + "@example.org",
					password, false)).id());
		}
		accounts.createUnchecked(new NewAccount(BENCH_USER, "Bench User", "bench.user@example.org", password, false));
		count(totals, "accounts", PEOPLE + 1);
		return ids;
	}

	private static String username(int person) {
		return String.format(Locale.ROOT, "person.%02d", person % PEOPLE + 1);
	}

	private void atelier(int index, Random random, Volumes v, List<Long> people, Map<String, Long> totals) {
		String coordinator = username(index);
		String city = CITIES[index % CITIES.length];
		Theme theme = Theme.values()[index % Theme.values().length];
		long atelier = users.as(coordinator, () -> ateliers.create(new AtelierInput(
				String.format(Locale.ROOT, "Atelier %04d %s", index + 1, city), city, "District " + (index % 17 + 1),
				theme, "How " + pick(random, PARTIES) + " and residents share " + pick(random, SUBJECTS),
				sentence(random, 3), BASE.plusDays(index % 300))).id());
		count(totals, "ateliers", 1);
		List<String> team = List.of(coordinator, username(index + 1), username(index + 2), username(index + 3));
		List<Long> teamIds = team.stream().map(u -> people.get(Integer.parseInt(u.substring(7)) - 1)).toList();
		users.as(coordinator, () -> {
			members.add(atelier, team.get(1), "PARTNER");
			members.add(atelier, team.get(2), "PARTNER");
			members.add(atelier, team.get(3), "OBSERVER");
			if (index < BENCH_ATELIERS) {
				members.add(atelier, BENCH_USER, "PARTNER");
			}
			return null;
		});
		count(totals, "members", index < BENCH_ATELIERS ? 5 : 4);
		users.as(team.get(1), () -> {
			stakeholdersOf(atelier, random, v, totals);
			return null;
		});
		users.as(coordinator, () -> {
			sessionsOf(atelier, random, v, teamIds, totals);
			decisionsOf(atelier, random, v, totals);
			hypothesesOf(atelier, random, v, totals);
			return null;
		});
		users.as(team.get(2), () -> {
			lessonsOf(atelier, index, random, v, city, totals);
			return null;
		});
		assessmentsOf(atelier, random, v, team, totals);
		if (index % 50 == 0) {
			users.as(team.get(1), () -> {
				long id = scenarios.create(atelier, "Shared battery, variant " + (index + 1),
						"Two PV roofs and four members behind a 400 kW connection.",
						DemoEnergy.REPUBLICA.formatted(
								"\"battery\":{\"capacityKwh\":300,\"powerKw\":120},\"strategy\":\"PEAK_SHAVING\","))
					.id();
				scenarios.run(atelier, id);
				return null;
			});
			count(totals, "energy scenarios", 1);
		}
	}

	private void stakeholdersOf(long atelier, Random random, Volumes v, Map<String, Long> totals) {
		for (int s = 0; s < v.stakeholders(); s++) {
			String name = capitalise(pick(random, PARTIES)) + " " + (s + 1);
			long id = stakeholders.create(atelier, StakeholderInput.parse(name, pick(random, ORG_TYPES),
					pick(random, SECTORS), "Involved in " + pick(random, SUBJECTS), random.nextBoolean(),
					"Decides on " + pick(random, SUBJECTS),
					String.valueOf(1 + random.nextInt(5)), String.valueOf(1 + random.nextInt(5)), random.nextBoolean(),
					random.nextBoolean(), random.nextBoolean(), pick(random, ATTITUDES), pick(random, ATTITUDES))).id();
			for (int c = 0; c < v.contactsEach(); c++) {
				String person = "Contact " + (s + 1) + "." + (c + 1);
				stakeholders.addContact(atelier, id, person, c == 0 ? "Director" : "Project lead",
						"contact" + (s + 1) + "." + (c + 1) + "." + atelier + "@example.org", null, "legitimate-interest");
			}
		}
		count(totals, "stakeholders", v.stakeholders());
		count(totals, "contacts", (long) v.stakeholders() * v.contactsEach());
	}

	private void sessionsOf(long atelier, Random random, Volumes v, List<Long> team, Map<String, Long> totals) {
		for (int s = 0; s < v.sessions(); s++) {
			LocalDate day = BASE.plusDays(7L * s + random.nextInt(5));
			long id = sessions.create(atelier, SessionInput.parse("steering-meeting", "Core team",
					"Core team meeting " + (s + 1), "Decide on " + pick(random, SUBJECTS), null,
					LocalDateTime.of(day, LocalTime.of(15, 0)).toString(), "Europe/Amsterdam", "90", "Town hall", null,
					team.get(0), team.get(1), List.of(pick(random, BLOCKS)), "Open actions\n" + sentence(random, 1),
					team.subList(1, team.size()), List.of(), List.of())).id();
			sessions.saveMinutes(atelier, id, 0, sentence(random, 4));
			sessions.addOutcome(atelier, id, OutcomeKind.DECISION, "The team agrees that " + sentence(random, 1), null,
					null);
			for (int a = 0; a < v.actionsEach(); a++) {
				sessions.addOutcome(atelier, id, OutcomeKind.ACTION,
						"Work out " + pick(random, SUBJECTS) + " with " + pick(random, PARTIES),
						team.get(random.nextInt(team.size())), day.plusDays(7 + random.nextInt(60)));
			}
			SessionView session = sessions.get(atelier, id);
			sessions.attendance(atelier, id,
					session.participants().stream().map(p -> p.id()).collect(Collectors.toSet()));
			sessions.moveMinutes(atelier, id, sessions.get(atelier, id).version(), MinutesStatus.CIRCULATED);
			sessions.moveMinutes(atelier, id, sessions.get(atelier, id).version(), MinutesStatus.APPROVED);
		}
		count(totals, "sessions", v.sessions());
		count(totals, "decisions", v.sessions());
		count(totals, "actions", (long) v.sessions() * v.actionsEach());
	}

	private void decisionsOf(long atelier, Random random, Volumes v, Map<String, Long> totals) {
		for (int d = 0; d < v.decisions(); d++) {
			String subject = pick(random, SUBJECTS);
			decisions.create(atelier, DecisionInput.parse("Pilot on " + subject + " " + (d + 1), sentence(random, 2),
					"Go ahead\nWait a year", "Start a pilot on " + subject + ".", sentence(random, 1), "Core team",
					"Steering group", capitalise(pick(random, PARTIES)), "Residents",
					BASE.plusDays(random.nextInt(300)).toString(), null), random.nextInt(4) > 0);
		}
		count(totals, "decisions", v.decisions());
	}

	private void hypothesesOf(long atelier, Random random, Volumes v, Map<String, Long> totals) {
		for (int h = 0; h < v.hypotheses(); h++) {
			String subject = pick(random, SUBJECTS);
			long id = hypotheses.create(atelier, HypothesisInput.parse(
					capitalise(subject) + " " + pick(random, VERBS) + " " + pick(random, PARTIES) + " (" + (h + 1) + ")",
					pick(random, CATEGORIES), String.valueOf(1 + random.nextInt(5)), String.valueOf(random.nextInt(4)),
					"Interviews and a pilot", "Share of households taking part", "At least half",
					LocalDate.of(2028, 1, 1).plusDays(random.nextInt(365)).toString())).id();
			for (int e = 0; e < v.evidenceEach(); e++) {
				hypotheses.addEvidence(atelier, id, EvidenceInput.parse("document", null,
						"https://example.org/reports/" + atelier + "/" + id + "/" + e, "Report on " + subject,
						random.nextBoolean() ? "supports" : "contradicts", String.valueOf(1 + random.nextInt(3)), null));
			}
		}
		count(totals, "hypotheses", v.hypotheses());
		count(totals, "evidence", (long) v.hypotheses() * v.evidenceEach());
	}

	private void lessonsOf(long atelier, int index, Random random, Volumes v, String city, Map<String, Long> totals) {
		for (int l = 0; l < v.lessons(); l++) {
			String subject = pick(random, SUBJECTS);
			lessons.create(atelier, LessonInput.parse(
					capitalise(subject) + " " + pick(random, VERBS) + " " + pick(random, PARTIES),
					sentence(random, 2), sentence(random, 1), sentence(random, 2), sentence(random, 1),
					"Talk to " + pick(random, PARTIES) + " before planning " + subject + ".", "preconditions",
					List.of(pick(random, BLOCKS)), "energy", city, subject, pick(random, VISIBILITIES), "en",
					BASE.plusDays(random.nextInt(300)).toString()));
		}
		count(totals, "lessons", v.lessons());
	}

	private void assessmentsOf(long atelier, Random random, Volumes v, List<String> team, Map<String, Long> totals) {
		for (int a = 0; a < v.assessments(); a++) {
			long id = users.as(team.get(0), () -> assessments.open(atelier, null).id());
			for (String person : team) {
				long answered = users.as(person, () -> {
					AssessmentSheet sheet = assessments.sheet(atelier, id, Locale.ENGLISH);
					long n = 0;
					for (AssessmentGroup group : sheet.groups()) {
						for (var question : group.questions()) {
							assessments.answer(atelier, id, question.key(), new AnswerInput(random.nextInt(4),
									1 + random.nextInt(5), false, null, null, List.of()), null);
							n++;
						}
					}
					return n;
				});
				count(totals, "assessment answers", answered);
			}
			if (a + 1 < v.assessments()) {
				users.as(team.get(0), () -> assessments.close(atelier, id));
			}
		}
		count(totals, "assessments", v.assessments());
	}

	private void writeToken(GenerateCommand.Options options, PrintStream out) {
		String secret = users.as(BENCH_USER, () -> tokens.create("load benchmark", null).secret());
		try {
			if (options.tokenFile().getParent() != null) {
				Files.createDirectories(options.tokenFile().getParent());
			}
			Files.writeString(options.tokenFile(), secret + "\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		out.println("personal access token of " + BENCH_USER + " written to " + options.tokenFile());
	}

	private static String sentence(Random random, int clauses) {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < clauses; c++) {
			if (c > 0) {
				text.append(' ');
			}
			text.append(capitalise(pick(random, SUBJECTS))).append(' ').append(pick(random, VERBS)).append(' ')
				.append(pick(random, PARTIES)).append('.');
		}
		return text.toString();
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static void count(Map<String, Long> totals, String kind, long n) {
		totals.merge(kind, n, Long::sum);
	}
}
