package org.atelier.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.method.BuildingBlock;
import org.atelier.method.Phase;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The search cases both adapters must pass: the build runs them on H2 (term table), the database
 * leg of CI on PostgreSQL (text search). Each test works in a city of its own so that lessons of
 * other tests on a shared database never interfere.
 */
@DatabaseTest
@SpringBootTest
class LessonSearchTest {

	@Autowired
	LessonBook lessons;

	@Autowired
	LessonSearch search;

	@Autowired
	DataSource dataSource;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	List<org.atelier.lifecycle.ReadinessEvaluator> evaluators;

	AccountView author;
	AccountView reader;
	AccountView outsider;
	String city;
	long atelierId;

	@BeforeEach
	void atelier() {
		author = TestUsers.create(accounts, "ls-author");
		reader = TestUsers.create(accounts, "ls-reader");
		outsider = TestUsers.create(accounts, "ls-outsider");
		city = TestUsers.uniqueName("Lessonstad");
		atelierId = TestUsers.as(author, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Search atelier"), city, null, Theme.ENERGY,
					null, null, null)).id();
			members.add(id, reader.username(), "OBSERVER");
			return id;
		});
	}

	@Test
	void theAdapterMatchesTheDatabase() throws Exception {
		String product;
		try (Connection c = dataSource.getConnection()) {
			product = c.getMetaData().getDatabaseProductName();
		}
		assertThat(search.getClass().getSimpleName())
			.isEqualTo(product.contains("PostgreSQL") ? "PostgresLessonSearch" : "TermTableLessonSearch");
	}

	@Test
	void englishDutchAndSpanishPluralsFindTheirSingulars() {
		long en = record("Renovation of the old school", "The renovation took longer than planned.", "en",
				Visibility.INSTALLATION, Phase.MATURING);
		long nl = record("Een woning als proeftuin", "Bewoners stelden hun woning open voor metingen.", "nl",
				Visibility.INSTALLATION, Phase.MATURING);
		long es = record("Una vivienda piloto", "La vivienda piloto sirvió para medir el consumo.", "es",
				Visibility.INSTALLATION, Phase.MATURING);
		assertThat(ids("renovations")).containsExactly(en);
		assertThat(ids("woningen")).containsExactly(nl);
		assertThat(ids("viviendas")).containsExactly(es);
	}

	@Test
	void aTitleMatchRanksAboveABodyMatch() {
		long body = record("Grid congestion at the harbour", "We waited a year for a connection.", "en",
				Visibility.INSTALLATION, Phase.MATURING, "The heat pump installation came last.");
		long title = record("Heat pumps need early planning", "Order them before the winter.", "en",
				Visibility.INSTALLATION, Phase.MATURING);
		List<LessonHit> hits = TestUsers.as(outsider, () -> lessons.search(filter("heat pumps"))).hits();
		assertThat(hits).extracting(h -> h.lesson().id()).containsExactly(title, body);
		assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
	}

	@Test
	void everyWordMustMatch() {
		long both = record("Solar roofs and batteries", "Roofs with batteries.", "en", Visibility.INSTALLATION, Phase.MATURING);
		record("Solar roofs alone", "Only panels.", "en", Visibility.INSTALLATION, Phase.MATURING);
		assertThat(ids("solar batteries")).containsExactly(both);
	}

	@Test
	void filtersNarrowThePhaseBlockAndTheme() {
		long maturing = record("Tariff experiment", "A tariff for peak hours.", "en", Visibility.INSTALLATION,
				Phase.MATURING);
		LessonInput input = LessonInput.parse("Tariff agreement", "Who sets the tariff.", null, null, null, null,
				"establishing", List.of("strategic-coordination"), "energy", city, null, "INSTALLATION", "en", null);
		long establishing = TestUsers.as(author, () -> lessons.create(atelierId, input)).id();
		TestUsers.as(outsider, () -> {
			assertThat(lessons.search(new LessonFilter("tariff", Phase.ESTABLISHING, null, null, city)).hits())
				.extracting(h -> h.lesson().id()).containsExactly(establishing);
			assertThat(lessons.search(new LessonFilter("tariff", null, BuildingBlock.VALUE_PROPOSITION, null, city)).hits())
				.extracting(h -> h.lesson().id()).containsExactly(maturing);
			assertThat(lessons.search(new LessonFilter("tariff", null, null, Theme.MOBILITY, city)).hits()).isEmpty();
			assertThat(lessons.search(new LessonFilter("", Phase.MATURING, null, Theme.ENERGY, city)).hits())
				.extracting(h -> h.lesson().id()).containsExactly(maturing);
			return null;
		});
	}

	@Test
	void matchedWordsAreMarkedAndTheRestEscaped() {
		record("Residents <script>alert(1)</script> and renovations", "Renovation & trust.", "en",
				Visibility.INSTALLATION, Phase.MATURING);
		LessonHit hit = TestUsers.as(outsider, () -> lessons.search(filter("renovation"))).hits().getFirst();
		assertThat(hit.titleHtml()).contains("<mark>renovations</mark>").contains("&lt;script&gt;")
			.doesNotContain("<script>");
		assertThat(hit.summaryHtml()).contains("<mark>Renovation</mark>").contains("&amp;");
	}

	@Test
	void aMembersOnlyLessonNeverReachesSomeoneOutsideItsAtelier() {
		String word = "zebracrossing" + TestUsers.uniqueName("w").replaceAll("[^a-z]", "");
		long secret = record("Confidential " + word, "Only for us: " + word, "en", Visibility.MEMBERS, Phase.MATURING);
		long open = record("Shared " + word, "For everyone: " + word, "en", Visibility.INSTALLATION, Phase.MATURING);

		SearchResult outside = TestUsers.as(outsider, () -> lessons.search(LessonFilter.words(word)));
		assertThat(outside.hits()).extracting(h -> h.lesson().id()).containsExactly(open);
		assertThat(outside.total()).isEqualTo(1);
		assertThat(outside.cities()).containsEntry(city, 1L);
		SearchResult browsing = TestUsers.as(outsider, () -> lessons.search(new LessonFilter("", null, null, null, city)));
		assertThat(browsing.hits()).extracting(h -> h.lesson().id()).containsExactly(open);
		assertThat(TestUsers.as(outsider, () -> lessons.related(Phase.MATURING, null, null, 1000)))
			.extracting(LessonView::id).doesNotContain(secret).contains(open);

		SearchResult inside = TestUsers.as(reader, () -> lessons.search(LessonFilter.words(word)));
		assertThat(inside.hits()).extracting(h -> h.lesson().id()).containsExactlyInAnyOrder(open, secret);
		assertThat(inside.cities()).containsEntry(city, 2L);
	}

	@Test
	void suggestionsComeFromOtherAteliersOnly() {
		long own = record("Our own lesson on coordination", "Own.", "en", Visibility.INSTALLATION, Phase.STABILISING);
		AccountView elsewhere = TestUsers.create(accounts, "ls-elsewhere");
		assertThat(TestUsers.as(reader, () -> lessons.related(Phase.STABILISING, null, null, 1000)))
			.extracting(LessonView::id).doesNotContain(own);
		assertThat(TestUsers.as(elsewhere, () -> lessons.related(Phase.STABILISING, null, null, 1000)))
			.extracting(LessonView::id).contains(own);
		assertThat(TestUsers.as(elsewhere, () -> lessons.related(null, BuildingBlock.VALUE_PROPOSITION, atelierId, 1000)))
			.extracting(LessonView::id).doesNotContain(own);
	}

	@Test
	void theReadinessCheckCountsLessonsAndThoseReusedElsewhere() {
		var check = evaluators.stream().filter(e -> e.checkType().equals("lessons-documented")).findFirst().orElseThrow();
		long first = record("Lesson one", "One.", "en", Visibility.INSTALLATION, Phase.MATURING);
		record("Lesson two", "Two.", "en", Visibility.MEMBERS, Phase.MATURING);
		var tooFew = TestUsers.as(author, () -> check.evaluate(atelierId, java.util.Map.of("minimum", "2")));
		assertThat(tooFew.met()).isFalse();
		assertThat(tooFew.detailKey()).isEqualTo("learning.readiness.unused");
		assertThat(TestUsers.as(author, () -> check.evaluate(atelierId, java.util.Map.of("minimum", "3"))).detailKey())
			.isEqualTo("learning.readiness.tooFew");

		long elsewhere = TestUsers.as(outsider, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Reuser"),
				"Bilbao", null, Theme.ENERGY, null, null, null)).id());
		TestUsers.as(outsider, () -> lessons.markApplied(first, elsewhere));
		assertThat(lessons.usage(atelierId)).isEqualTo(new LessonBook.Usage(2, 1));
		assertThat(TestUsers.as(author, () -> check.evaluate(atelierId, java.util.Map.of("minimum", "2"))).met()).isTrue();
	}

	private List<Long> ids(String words) {
		return TestUsers.as(outsider, () -> lessons.search(filter(words))).hits().stream().map(h -> h.lesson().id()).toList();
	}

	private LessonFilter filter(String words) {
		return new LessonFilter(words, null, null, null, city);
	}

	private long record(String title, String summary, String language, Visibility visibility, Phase phase) {
		return record(title, summary, language, visibility, phase, null);
	}

	private long record(String title, String summary, String language, Visibility visibility, Phase phase, String body) {
		LessonInput input = LessonInput.parse(title, summary, null, body, null, null, phase.key(),
				List.of("value-proposition"), "energy", city, "test", visibility.name(), language, "2026-03-01");
		return TestUsers.as(author, () -> lessons.create(atelierId, input)).id();
	}
}
