package org.atelier.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.Accounts.NewAccount;
import org.atelier.identity.CurrentUser;
import org.atelier.lifecycle.ChallengeInput;
import org.atelier.lifecycle.ChallengeStatements;
import org.atelier.lifecycle.ConditionInput;
import org.atelier.lifecycle.OperationalConditions;
import org.atelier.stakeholder.StakeholderInput;
import org.atelier.stakeholder.StakeholderRegister;
import org.atelier.strategy.StatementDraft;
import org.atelier.strategy.StatementDraft.ObjectiveDraft;
import org.atelier.strategy.StrategyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo installation on the first start of an empty database: the Republica atelier in
 * Buiksloterham (Amsterdam) and a second atelier in Bilbao, with their people. Everything goes
 * through the modules' own services, as a person would create it, so the demo obeys every rule
 * and leaves a normal audit trail. Switched off with {@code atelier.demo.enabled=false}.
 */
@Component
@Order(100)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final boolean enabled;
	private final String password;
	private final Accounts accounts;
	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ChallengeStatements challenges;
	private final OperationalConditions conditions;
	private final StakeholderRegister stakeholders;
	private final StrategyService strategy;
	private final org.atelier.stakeholder.StakeholderRelations relations;
	private final DemoCapacity demoCapacity;
	@org.springframework.beans.factory.annotation.Autowired
	private DemoLessons demoLessons;
	@org.springframework.beans.factory.annotation.Autowired
	private DemoGovernance demoGovernance;
	@org.springframework.beans.factory.annotation.Autowired
	private DemoHypotheses demoHypotheses;
	@org.springframework.beans.factory.annotation.Autowired
	private DemoActivity demoActivity;
	@org.springframework.beans.factory.annotation.Autowired
	private DemoEnergy demoEnergy;
	@org.springframework.beans.factory.annotation.Autowired
	private DemoUsers users;


	DemoData(@Value("${atelier.demo.enabled:true}") boolean enabled,
			@Value("${atelier.demo.password:atelier-demo-2026}") String password, Accounts accounts,
			AtelierService ateliers, AtelierMembers members, JdbcClient jdbc, TransactionTemplate transaction,
			ChallengeStatements challenges, OperationalConditions conditions, StakeholderRegister stakeholders,
			StrategyService strategy, org.atelier.stakeholder.StakeholderRelations relations, DemoCapacity demoCapacity) {
		this.relations = relations;
		this.demoCapacity = demoCapacity;
		this.enabled = enabled;
		this.password = password;
		this.accounts = accounts;
		this.ateliers = ateliers;
		this.members = members;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.challenges = challenges;
		this.conditions = conditions;
		this.stakeholders = stakeholders;
		this.strategy = strategy;
	}

	/** A demo person. */
	record Person(String username, String name, String email) {
	}

	static final List<Person> PEOPLE = List.of(
			new Person("eva.jansen", "Eva Jansen", "eva.jansen@example.org"),
			new Person("tom.bakker", "Tom Bakker", "tom.bakker@example.org"),
			new Person("sanne.visser", "Sanne Visser", "sanne.visser@example.org"),
			new Person("noor.elamrani", "Noor El Amrani", "noor.elamrani@example.org"),
			new Person("iker.etxeberria", "Iker Etxeberria", "iker.etxeberria@example.org"),
			new Person("lucia.garcia", "Lucía García", "lucia.garcia@example.org"));

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || !isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(status -> load());
		log.info("Loaded the demo installation: ateliers Republica (Amsterdam) and Zorrotzaurre (Bilbao); "
				+ "demo users sign in with the password from atelier.demo.password");
	}

	boolean isEmpty() {
		long count = jdbc.sql("select count(*) from atelier").query(Long.class).single();
		return count == 0 && accounts.findByUsername(PEOPLE.get(0).username()).isEmpty();
	}

	private void load() {
		for (Person p : PEOPLE) {
			accounts.createUnchecked(new NewAccount(p.username(), p.name(), p.email(), password, false));
		}
		long republica = as("eva.jansen", () -> ateliers.create(new AtelierInput(
				"Republica, Buiksloterham", "Amsterdam", "Buiksloterham, Amsterdam Noord", Theme.ENERGY,
				"An energy-positive building complex behind a congested grid connection",
				"""
						Buiksloterham is turning from an old industrial area into a circular, energy-positive \
						mixed-use district. The Republica complex wants to combine rooftop solar, a shared \
						battery and smart energy management so that its buildings produce at least as much \
						energy as they use over a year. The grid connection on offer is strictly limited, so \
						the municipality, the developer, the grid operator and energy experts must agree on \
						what can work within that limit, which legal route allows energy to be shared between \
						businesses, residents and tenants, and who carries which risk.""",
				LocalDate.of(2026, 3, 2))).id());
		as("eva.jansen", () -> {
			members.add(republica, "tom.bakker", "PARTNER");
			members.add(republica, "sanne.visser", "PARTNER");
			members.add(republica, "noor.elamrani", "OBSERVER");
			members.add(republica, "lucia.garcia", "OBSERVER");
			return null;
		});
		long bilbao = as("iker.etxeberria", () -> ateliers.create(new AtelierInput(
				"Zorrotzaurre energy atelier", "Bilbao", "Zorrotzaurre", Theme.ENERGY,
				"Heat and power for a regenerating island district",
				"""
						Zorrotzaurre, a former industrial peninsula turned island, is being rebuilt as a \
						mixed district of homes, companies and university buildings. The atelier brings the \
						city council, the energy agency, local firms, researchers and neighbourhood \
						associations together to decide how new and renovated buildings can share locally \
						produced energy, and how residents take part in the decisions.""",
				LocalDate.of(2026, 5, 18))).id());
		as("iker.etxeberria", () -> {
			members.add(bilbao, "lucia.garcia", "PARTNER");
			challenges.save(bilbao, 0, new ChallengeInput(
					"New and renovated buildings on the island each plan their own heating and power, so the "
							+ "district cannot share the heat and electricity it could produce locally.",
					"Building permits for the next blocks are granted this year; choices made now fix the "
							+ "energy system for decades.",
					null));
			return null;
		});
		republicaRecords(republica);
		demoLessons.record(republica, bilbao);
		demoGovernance.record(republica);
		demoHypotheses.record(republica);
		demoActivity.record(republica);
		demoEnergy.record(republica);
		demoCapacity.record(republica, bilbao);
	}

	/** The Republica atelier as the method's use case describes it, part-way through Preconditions. */
	private void republicaRecords(long republica) {
		as("eva.jansen", () -> {
			challenges.save(republica, 0, new ChallengeInput(
					"A district meant to be energy-positive is held back by a grid connection that cannot take "
							+ "the peaks of the buildings, their solar panels and their chargers.",
					"The complex is being built now; without an agreed way to stay within the connection limit "
							+ "the smart energy system cannot be switched on when people move in.",
					"The connection capacity offered by the grid operator is fixed for the coming years; sharing "
							+ "energy between users needs the legal exemption for a private microgrid."));
			challenges.validate(republica, 1);
			conditions.update(republica, "data-access", 0, ConditionInput.parse("SECURED", null,
					"Metering and building data shared under the data agreement of 14 April"));
			conditions.update(republica, "confidentiality", 0, ConditionInput.parse("SECURED", null,
					"Confidentiality agreement signed by all partners"));
			conditions.update(republica, "technical-expertise", 0, ConditionInput.parse("SECURED", null,
					"Energy modellers of the knowledge institute join the sessions"));
			conditions.update(republica, "facilitation-budget", 0, ConditionInput.parse("IN_PROGRESS", null,
					"Request for the programme's facilitation budget submitted"));
			long city = stakeholders.create(republica, StakeholderInput.parse("City of Amsterdam", "municipality",
					"government", "Sets the district's energy ambition and grants the permits", true,
					"Land use, permits and the district's energy ambition", "5", "4", true, true, false, "leading",
					"leading")).id();
			commit(republica, city, "Alderman's letter of support for the atelier");
			long developer = stakeholders.create(republica, StakeholderInput.parse("Republica developer",
					"company", "industry", "Builds and will operate the complex", true,
					"Design of the buildings and their energy system", "4", "5", true, true, true, "supportive",
					"leading")).id();
			commit(republica, developer, "Board decision to take part");
			long grid = stakeholders.create(republica, StakeholderInput.parse("Regional grid operator", "utility",
					"industry", "Decides on connection capacity and flexibility contracts", true,
					"Grid connection capacity", "5", "3", true, true, false, "neutral", "supportive")).id();
			long residents = stakeholders.create(republica, StakeholderInput.parse(
					"Buiksloterham residents' association", "community-group", "civil-society",
					"Speaks for future residents and tenants", false, null, "2", "5", false, true, true,
					"supportive", "leading")).id();
			stakeholders.changeCommitment(republica, residents, "approached", "First meeting in the community centre",
					null);
			relations.add(republica, developer, "depends-on", grid, "The complex needs more connection capacity than it has");
			relations.add(republica, grid, "supplies-data-to", developer, "Quarter-hour load data of the site");
			relations.add(republica, city, "decides-on", developer, "Building permits for the next blocks");
			relations.add(republica, city, "funds", residents, "Participation budget for the energy community");
			relations.add(republica, residents, "depends-on", developer, "Future tenants rely on the complex's energy system");
			strategy.revise(republica, 0, new StatementDraft(
					"Buiksloterham shows that a mixed district can produce more energy than it uses without "
							+ "waiting for a bigger grid connection.",
					"The atelier brings the city, the developer, the grid operator, researchers and residents "
							+ "together to make the Republica energy system work within its connection limit and "
							+ "to share what is learned.",
					"Model first, then monitor: test the design against the limit, agree the legal and "
							+ "organisational set-up of the energy community, and verify with real data.",
					List.of(new ObjectiveDraft("Agree the battery and peak-shaving set-up with the grid operator",
							"Signed connection agreement", "eva.jansen", "2026-12-18"))));
			return null;
		});
		as("tom.bakker", () -> strategy.endorse(republica, "Republica developer"));
	}

	private void commit(long atelierId, long stakeholderId, String note) {
		stakeholders.changeCommitment(atelierId, stakeholderId, "approached", null, null);
		stakeholders.changeCommitment(atelierId, stakeholderId, "committed", note, null);
	}

	private <T> T as(String username, Supplier<T> action) {
		return users.as(username, action);
	}
}
