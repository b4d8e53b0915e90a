package org.atelier.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.atelier.activity.ActionInput;
import org.atelier.activity.ActionRegister;
import org.atelier.assessment.AnswerInput;
import org.atelier.assessment.AssessmentService;
import org.atelier.atelier.AtelierInput;
import org.atelier.capacity.FundingSourceInput;
import org.atelier.capacity.FundingSources;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.governance.DecisionInput;
import org.atelier.governance.DecisionLog;
import org.atelier.hypothesis.Hypotheses;
import org.atelier.hypothesis.HypothesisCategory;
import org.atelier.hypothesis.HypothesisInput;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.Accounts;
import org.atelier.learning.LessonBook;
import org.atelier.learning.LessonInput;
import org.atelier.learning.LessonLanguage;
import org.atelier.learning.Visibility;
import org.atelier.method.BuildingBlock;
import org.atelier.method.Phase;
import org.atelier.stakeholder.Engagement;
import org.atelier.stakeholder.HelixSector;
import org.atelier.stakeholder.OrganisationType;
import org.atelier.stakeholder.StakeholderInput;
import org.atelier.stakeholder.StakeholderRegister;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.springframework.context.ApplicationContext;

/**
 * An atelier with known figures, made through the modules' services as its people would: in
 * Establishing, one building block scored 2, two pending actions of which one overdue (its title
 * a spreadsheet formula), one accepted decision, one open hypothesis, two organisations (one
 * committed, with a live and an erased contact), one lesson kept to the members. A second
 * atelier of someone else has an overdue action of its own.
 */
final class ReportFixture {

	static final String QUESTION = "establishing.vision-mission-strategy.1";
	static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"click\")";

	final AccountView coordinator;
	final AccountView observer;
	final AccountView outsider;
	final String name;
	final String otherName;
	final long atelierId;
	final long otherAtelierId;

	ReportFixture(ApplicationContext beans, String prefix) {
		Accounts accounts = beans.getBean(Accounts.class);
		AtelierService ateliers = beans.getBean(AtelierService.class);
		AtelierMembers members = beans.getBean(AtelierMembers.class);
		coordinator = TestUsers.create(accounts, prefix + "-coord");
		observer = TestUsers.create(accounts, prefix + "-obs");
		outsider = TestUsers.create(accounts, prefix + "-out");
		name = TestUsers.uniqueName("Ría Zorrotzaurre");
		otherName = TestUsers.uniqueName("Hidden harbour");
		atelierId = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(name, "Bilbao", "Deusto", Theme.ENERGY, null, null, null)).id();
			members.add(id, observer.username(), "OBSERVER");
			ateliers.changePhase(id, Phase.ESTABLISHING);
			AssessmentService assessments = beans.getBean(AssessmentService.class);
			long aid = assessments.open(id, Phase.ESTABLISHING).id();
			assessments.answer(id, aid, QUESTION, new AnswerInput(2, 4, false, null, null, List.of()), null);

			long decision = beans.getBean(DecisionLog.class).create(id, new DecisionInput("Start the heat pilot", null,
					List.of(), "We start the pilot in spring.", "The grid allows it.", null, "Steering group", null, null,
					LocalDate.now().minusDays(20), null), true).id();
			ActionRegister actions = beans.getBean(ActionRegister.class);
			actions.create(id, new ActionInput(FORMULA_TITLE, null, coordinator.id(), LocalDate.now().minusDays(3),
					"decision", decision));
			actions.create(id, new ActionInput("Book the meeting room", "+31 20 555 0101", coordinator.id(),
					LocalDate.now().plusDays(10), "decision", decision));
			beans.getBean(Hypotheses.class).create(id, new HypothesisInput("Residents will share heat", HypothesisCategory.DESIRABILITY,
					4, 2, null, null, null, null));

			// one committed programme grant that ends within the year: a funding cliff, and all eggs in one basket
			beans.getBean(FundingSources.class).create(id, FundingSourceInput.parse("programme-funding",
					"EU Horizon Europe", "200000", LocalDate.now().minusYears(1).toString(),
					LocalDate.now().plusMonths(6).toString(), "committed"));

			StakeholderRegister register = beans.getBean(StakeholderRegister.class);
			long utility = register.create(id, organisation("Bilbao Heat Utility")).id();
			register.changeCommitment(id, utility, "approached", null, null);
			register.changeCommitment(id, utility, "committed", "Letter of intent", null);
			register.addContact(id, utility, "Ane Etxeberria", "Director", "ane@example.org", null, "consent");
			long erased = register.addContact(id, utility, "Jon Erased", null, "jon@example.org", null, "consent").id();
			register.eraseContact(id, utility, erased);
			register.create(id, organisation("@Neighbours association"));

			beans.getBean(LessonBook.class).create(id, new LessonInput("Start small with the heat pilot",
					"-A pilot of ten homes convinced the board.", null, null, null, null, Phase.ESTABLISHING,
					Set.of(BuildingBlock.values()[0]), Theme.ENERGY, "Bilbao", List.of("pilot"), Visibility.MEMBERS,
					LessonLanguage.EN, LocalDate.now()));
			return id;
		});
		otherAtelierId = TestUsers.as(outsider, () -> {
			long id = ateliers.create(new AtelierInput(otherName, "Utrecht", null, Theme.MOBILITY, null, null, null)).id();
			long decision = beans.getBean(DecisionLog.class).create(id, new DecisionInput("Close the street", null,
					List.of(), "Closed on Sundays.", null, null, "Council", null, null, LocalDate.now().minusDays(5), null),
					true).id();
			beans.getBean(ActionRegister.class).create(id, new ActionInput("Hidden overdue", null, outsider.id(),
					LocalDate.now().minusDays(1), "decision", decision));
			return id;
		});
	}

	private static StakeholderInput organisation(String name) {
		return new StakeholderInput(name, OrganisationType.UTILITY, HelixSector.INDUSTRY, null, false, null, 4, 4, true,
				true, false, Engagement.NEUTRAL, Engagement.SUPPORTIVE);
	}

	/** A GET over real HTTP as a person (HTTP Basic), the raw bytes and headers of the answer. */
	static HttpResponse<byte[]> get(int port, String path, AccountView who, String accept, String language)
			throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", HttpSession.basic(who.username(), TestUsers.PASSWORD))
			.header("Accept", accept)
			.header("Accept-Language", language)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
