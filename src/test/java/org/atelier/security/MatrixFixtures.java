package org.atelier.security;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.atelier.assessment.AnswerInput;
import org.atelier.assessment.AssessmentService;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.AccessTokens;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.method.Phase;
import org.atelier.lifecycle.ChallengeInput;
import org.atelier.lifecycle.ChallengeStatements;
import org.atelier.lifecycle.ContextInput;
import org.atelier.lifecycle.ContextMap;
import org.atelier.security.AuthorizationMatrixTest.Caller;
import org.atelier.stakeholder.StakeholderInput;
import org.atelier.stakeholder.StakeholderRegister;
import org.atelier.stakeholder.ValueProposition;
import org.atelier.testsupport.TestUsers;
import org.springframework.context.ApplicationContext;

/**
 * Builds what the authorization matrix calls: each call gets a fresh {@link Scene} whose objects
 * are created on first use, through the modules' own services, acting as the right person.
 */
final class MatrixFixtures {

	/** A signed-in test person. */
	record Person(AccountView account) {

		String username() {
			return account.username();
		}

		long id() {
			return account.id();
		}
	}

	private final Accounts accounts;
	private final AccessTokens tokens;
	private final AtelierService ateliers;
	private final AtelierMembers members;
	/** Further modules' services, for the fixtures of their rows. */
	private final ApplicationContext beans;

	MatrixFixtures(Accounts accounts, AccessTokens tokens, AtelierService ateliers, AtelierMembers members,
			ApplicationContext beans) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.ateliers = ateliers;
		this.members = members;
		this.beans = beans;
	}

	/** Any module's service, for fixtures of modules this class does not name in its constructor. */
	<T> T bean(Class<T> type) {
		return beans.getBean(type);
	}

	Scene scene(Map<Caller, Person> people) {
		return new Scene(people);
	}

	/** The objects one call works on, created lazily. */
	final class Scene {

		private final Map<Caller, Person> people;
		private Long victimUserId;
		private Long coordinatorTokenId;
		private Long atelierId;
		private Long archivedAtelierId;
		private Long assessmentId;
		private boolean challengeWritten;
		private Long contextEntryId;
		private Long stakeholderId;
		private Long contactId;
		/** Fixtures of further modules, memoised per key by {@link #memo}. */
		private final Map<String, Object> memos = new java.util.HashMap<>();

		Scene(Map<Caller, Person> people) {
			this.people = people;
		}

		Person person(Caller caller) {
			return people.get(caller);
		}

		/** A fresh account nobody else uses, for administrative actions on users. */
		long victimUser() {
			if (victimUserId == null) {
				victimUserId = TestUsers.create(accounts, "mx-victim").id();
			}
			return victimUserId;
		}

		String victimUsername() {
			victimUser();
			return accounts.findById(victimUserId).orElseThrow().username();
		}

		/** A personal access token that belongs to the coordinator (and to nobody else). */
		long coordinatorToken() {
			if (coordinatorTokenId == null) {
				coordinatorTokenId = as(people.get(Caller.COORDINATOR), () -> tokens.create("matrix", null)).token().id();
			}
			return coordinatorTokenId;
		}

		/**
		 * A fresh atelier founded by the coordinator, with the observer and the partner as members;
		 * the non-member and the administrator are not members.
		 */
		long atelier() {
			if (atelierId == null) {
				atelierId = found();
			}
			return atelierId;
		}

		/** The atelier's current version, as a form or an If-Match carries it. */
		int atelierVersion() {
			return as(people.get(Caller.COORDINATOR), () -> ateliers.view(atelier()).version());
		}

		/** A fresh atelier like {@link #atelier()}, archived. */
		long archivedAtelier() {
			if (archivedAtelierId == null) {
				long id = found();
				as(people.get(Caller.COORDINATOR), () -> {
					ateliers.archive(id, null);
					return null;
				});
				archivedAtelierId = id;
			}
			return archivedAtelierId;
		}

		private long found() {
			Person coordinator = people.get(Caller.COORDINATOR);
			return as(coordinator, () -> {
				long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Matrix atelier"), "Matrixstad", null,
						Theme.ENERGY, null, null, null)).id();
				members.add(id, people.get(Caller.OBSERVER).username(), "OBSERVER");
				members.add(id, people.get(Caller.PARTNER).username(), "PARTNER");
				return id;
			});
		}

		/** An open Establishing assessment of {@link #atelier()}, opened by the coordinator. */
		long assessment() {
			if (assessmentId == null) {
				long id = atelier();
				assessmentId = as(people.get(Caller.COORDINATOR),
						() -> bean(AssessmentService.class).open(id, Phase.ESTABLISHING).id());
			}
			return assessmentId;
		}

		/** The question every caller answers in the matrix. */
		static final String QUESTION = "establishing.vision-mission-strategy.1";

		/** Like {@link #assessment()}, with an answer to {@link #QUESTION} by the observer, partner, coordinator and admin. */
		long answeredAssessment() {
			long aid = assessment();
			for (Caller caller : List.of(Caller.OBSERVER, Caller.PARTNER, Caller.COORDINATOR, Caller.ADMIN)) {
				as(people.get(caller), () -> bean(AssessmentService.class).answer(atelier(), aid, QUESTION,
						new AnswerInput(2, 3, false, null, null, List.of()), null));
			}
			return aid;
		}

		/** A fresh atelier like {@link #atelier()} whose coordinator wrote version 1 of the challenge statement. */
		long challengedAtelier() {
			long id = atelier();
			if (!challengeWritten) {
				as(people.get(Caller.COORDINATOR), () -> bean(ChallengeStatements.class).save(id, 0,
						new ChallengeInput("Grid congestion blocks new housing", "Permits stall this year", null)));
				challengeWritten = true;
			}
			return id;
		}

		/** An entry on the context map of {@link #atelier()}, written by the coordinator (version 0). */
		long contextEntry() {
			if (contextEntryId == null) {
				contextEntryId = as(people.get(Caller.COORDINATOR), () -> bean(ContextMap.class)
					.add(atelier(), ContextInput.parse("TECHNICAL", "Grid capacity limits new connections", "Grid operator"))
					.id());
			}
			return contextEntryId;
		}

		/** An organisation in the stakeholder register of {@link #atelier()}, registered by the coordinator. */
		long stakeholder() {
			if (stakeholderId == null) {
				long atelier = atelier();
				stakeholderId = as(people.get(Caller.COORDINATOR), () -> bean(StakeholderRegister.class).create(atelier,
						StakeholderInput.parse(unique("Matrix org"), "company", "industry", null, false, null, "3", "3",
								true, false, false, "neutral", "supportive")).id());
			}
			return stakeholderId;
		}

		/** The organisation's current version, as a form or an If-Match carries it. */
		int stakeholderVersion() {
			long atelier = atelier();
			return as(people.get(Caller.COORDINATOR), () -> bean(StakeholderRegister.class).view(atelier, stakeholder()).version());
		}

		/** A contact person of {@link #stakeholder()}, recorded by the coordinator. */
		long contact() {
			if (contactId == null) {
				long atelier = atelier();
				long stakeholder = stakeholder();
				contactId = as(people.get(Caller.COORDINATOR), () -> bean(StakeholderRegister.class).addContact(atelier, stakeholder,
						"Matrix Person", null, "matrix@example.org", null, "legitimate-interest").id());
			}
			return contactId;
		}

		/** {@link #stakeholder()} with a value proposition recorded by the coordinator. */
		long proposedStakeholder() {
			long atelier = atelier();
			long stakeholder = stakeholder();
			int version = stakeholderVersion();
			as(people.get(Caller.COORDINATOR), () -> bean(StakeholderRegister.class).propose(atelier, stakeholder, version,
					ValueProposition.parse(java.util.List.of("learning"), null, "Insight", null, null, true, null)));
			return stakeholder;
		}

		String unique(String prefix) {
			return TestUsers.uniqueName(prefix);
		}

		/**
		 * A fixture created once per scene under a key, for modules that keep their fixtures in a
		 * file of their own ({@code Matrix<Module>.java}) instead of in this class.
		 */
		@SuppressWarnings("unchecked")
		<T> T memo(String key, Supplier<T> create) {
			Object value = memos.get(key);
			if (value == null) {
				value = create.get();
				memos.put(key, value);
			}
			return (T) value;
		}

		/** Runs an action as the scene's coordinator (the atelier's founder). */
		<T> T asCoordinator(Supplier<T> action) {
			return as(people.get(Caller.COORDINATOR), action);
		}

		/** Any module's service. */
		<T> T bean(Class<T> type) {
			return MatrixFixtures.this.bean(type);
		}
	}

	static <T> T as(Person person, Supplier<T> action) {
		return TestUsers.as(person.account(), action);
	}
}
