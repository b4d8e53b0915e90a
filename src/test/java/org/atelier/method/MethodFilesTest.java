package org.atelier.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.atelier.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The method data shipped with the application loads and is complete, and broken data is
 * refused with a message naming the file and the entry. Broken variants are made by copying the
 * real version directory and changing one thing in it.
 */
class MethodFilesTest {

	private static final Locale DUTCH = Locale.of("nl");
	private static final Locale SPANISH = Locale.of("es");
	private static final List<Phase> BLOCK_PHASES = List.of(Phase.ESTABLISHING, Phase.MATURING, Phase.STABILISING);

	@TempDir
	Path temp;

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	private MethodVersion shipped() {
		return new MethodFiles(resources).read("classpath:method/").get("2026.1");
	}

	@Test
	void theShippedVersionHasTheWholeMethod() {
		LocalizedMethod method = shipped().in(Locale.ENGLISH);
		assertThat(method.version()).isEqualTo("2026.1");
		assertThat(method.phases()).extracting(PhaseDescription::phase).containsExactly(Phase.values());
		assertThat(method.phases()).extracting(PhaseDescription::number).containsExactly(1, 2, 3, 4, 5);
		assertThat(method.buildingBlocks()).extracting(BuildingBlockDescription::block)
			.containsExactly(BuildingBlock.values());
		assertThat(method.preconditionSteps()).extracting(PreconditionStep::key).containsExactly("framing-the-challenge",
				"mapping-the-context", "securing-stakeholders", "basic-governance-structure",
				"removing-operational-barriers", "narrowing-the-focus");
		assertThat(method.preconditionSteps()).allSatisfy(s -> assertThat(s.guidingQuestions()).hasSizeBetween(2, 4));
		assertThat(method.preconditionOutputs()).hasSize(5);
		assertThat(method.continuationDimensions()).extracting(ContinuationDimension::key).containsExactly(
				"long-term-positioning", "financial-sustainability", "embedding-and-governance", "replication-and-scaling");
		assertThat(method.scoreLevels()).extracting(ScaleLevel::value).containsExactly(0, 1, 2, 3);
		assertThat(method.scoreLevels().get(0).name()).isEqualTo("Absent");
		assertThat(method.confidenceLevels()).extracting(ScaleLevel::value).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void everyBlockHasThreeQuestionsAndSomeSuggestionsInEachOfItsPhases() {
		LocalizedMethod method = shipped().in(Locale.ENGLISH);
		long blockQuestions = method.questions().stream().filter(q -> q.block() != null).count();
		assertThat(blockQuestions).isEqualTo(54);
		for (Phase phase : BLOCK_PHASES) {
			assertThat(method.questions(phase)).hasSize(18);
			for (BuildingBlock block : BuildingBlock.values()) {
				List<Question> questions = method.questions(phase, block);
				assertThat(questions).as("%s/%s", phase, block).hasSize(3)
					.allSatisfy(q -> assertThat(q.key()).startsWith(phase.key() + "." + block.key() + "."))
					.allSatisfy(q -> assertThat(q.source()).startsWith("Innovation Atelier Guide › "));
				assertThat(method.suggestions(phase, block)).as("%s/%s", phase, block).hasSizeBetween(2, 3);
			}
		}
		assertThat(method.questions(Phase.PRECONDITIONS, BuildingBlock.VALUE_PROPOSITION)).isEmpty();
		method.preconditionSteps().forEach(s -> assertThat(method.stepQuestions(s.key())).hasSizeBetween(2, 3));
		method.continuationDimensions().forEach(d -> assertThat(method.dimensionQuestions(d.key())).hasSize(3));
		assertThat(method.question("establishing.value-proposition.2")).get()
			.extracting(Question::phase, Question::block)
			.containsExactly(Phase.ESTABLISHING, BuildingBlock.VALUE_PROPOSITION);
		assertThat(method.question("no.such.question")).isEmpty();
	}

	@Test
	void theStabilisingBlockPrintedUnderAWrongHeadingCountsAsOrganisationalCapacity() {
		List<Question> questions = shipped().in(Locale.ENGLISH).questions(Phase.STABILISING,
				BuildingBlock.ORGANISATIONAL_CAPACITY);
		// the guide's content there is governance, staffing, funding and succession
		assertThat(questions).extracting(Question::text)
			.anySatisfy(t -> assertThat(t).contains("roles and responsibilities"))
			.anySatisfy(t -> assertThat(t).contains("funding"))
			.anySatisfy(t -> assertThat(t).contains("takes over key roles"));
		assertThat(questions).allSatisfy(q -> assertThat(q.source()).contains("Stabilising › Organisational capacity"));
	}

	@Test
	void dutchAndSpanishAreRealTranslations() {
		MethodVersion version = shipped();
		LocalizedMethod english = version.in(Locale.ENGLISH);
		for (Locale language : List.of(DUTCH, SPANISH)) {
			LocalizedMethod translated = version.in(language);
			assertThat(translated.language()).isEqualTo(language);
			assertThat(translated.questions()).extracting(Question::key)
				.containsExactlyElementsOf(english.questions().stream().map(Question::key).toList());
			List<String> englishTexts = allTexts(english);
			List<String> translatedTexts = allTexts(translated);
			assertThat(translatedTexts).hasSameSizeAs(englishTexts).doesNotContain("");
			long same = 0;
			for (int i = 0; i < englishTexts.size(); i++) {
				if (englishTexts.get(i).equals(translatedTexts.get(i))) {
					same++;
				}
			}
			assertThat(same).as("texts left in English in %s", language).isLessThan(englishTexts.size() / 20);
		}
		assertThat(version.in(DUTCH).phase(Phase.ESTABLISHING).name()).isEqualTo("Opbouwen");
		assertThat(version.in(SPANISH).buildingBlock(BuildingBlock.VALUE_PROPOSITION).name())
			.isEqualTo("Propuesta de valor");
	}

	private static List<String> allTexts(LocalizedMethod m) {
		return Stream.of(
				m.phases().stream().flatMap(p -> Stream.of(p.name(), p.aim(), p.explanation(), p.attention())),
				m.buildingBlocks().stream().flatMap(b -> Stream.of(b.name(), b.purpose(), b.withoutIt())),
				m.preconditionSteps().stream().flatMap(s -> Stream.concat(Stream.of(s.name(), s.description()),
						s.guidingQuestions().stream())),
				m.preconditionOutputs().stream().flatMap(o -> Stream.of(o.name(), o.description())),
				m.continuationDimensions().stream().flatMap(d -> Stream.of(d.name(), d.explanation())),
				Stream.concat(m.scoreLevels().stream(), m.confidenceLevels().stream())
					.flatMap(l -> Stream.of(l.name(), l.description())),
				m.questions().stream().map(Question::text), m.suggestions().stream().map(Suggestion::text))
			.flatMap(s -> s).toList();
	}

	@Test
	void anUnsupportedLanguageFallsBackToEnglish() {
		assertThat(shipped().in(Locale.GERMAN).language()).isEqualTo(Locale.ENGLISH);
		assertThat(shipped().languages()).extracting(Locale::getLanguage).containsExactly("en", "es", "nl");
	}

	// ------------------------------------------------------------------ broken data

	@Test
	void aMissingTranslationNamesFileAndEntry() throws IOException {
		edit("text-nl.yaml", text -> text.replaceFirst("(?m)^  establishing\\.value-proposition\\.2:.*\\n", ""));
		assertRefused("text-nl.yaml", "questions › establishing.value-proposition.2", "text is missing");
	}

	@Test
	void aMissingFieldOfAnItemNamesIt() throws IOException {
		edit("text-es.yaml", text -> text.replaceFirst("(?m)^    withoutIt: El atelier queda aislado.*\\n", ""));
		assertRefused("text-es.yaml", "buildingBlocks › strategic-coordination › withoutIt", "is missing");
	}

	@Test
	void aDuplicateKeyNamesFileAndEntry() throws IOException {
		edit("structure.yaml", text -> text.replace("key: establishing.value-proposition.3",
				"key: establishing.value-proposition.2"));
		assertRefused("structure.yaml", "questions › establishing.value-proposition.2", "duplicate key");
	}

	@Test
	void aKeyWrittenTwiceInATextFileIsRefused() throws IOException {
		edit("text-es.yaml", text -> text.replace("  maturing.value-proposition.1:",
				"  maturing.value-proposition.2: ¿Otra vez?\n  maturing.value-proposition.1:"));
		assertRefused("text-es.yaml", "line ", "duplicate key maturing.value-proposition.2");
	}

	@Test
	void anUnknownBlockNamesFileAndEntry() throws IOException {
		edit("structure.yaml", text -> text.replaceFirst("block: value-proposition\\n", "block: value-propositions\n"));
		assertRefused("structure.yaml", "questions › establishing.value-proposition.1",
				"unknown building block 'value-propositions'");
	}

	@Test
	void anUnknownStepIsRefused() throws IOException {
		edit("structure.yaml", text -> text.replaceFirst("step: mapping-the-context", "step: mapping-the-contexts"));
		assertRefused("structure.yaml", "questions › preconditions.mapping-the-context.1",
				"unknown Preconditions step 'mapping-the-contexts'");
	}

	@Test
	void aBlockWithTwoQuestionsIsRefused() throws IOException {
		edit("structure.yaml", text -> text.replaceFirst(
				"  - key: maturing\\.strategic-coordination\\.3\\n(    .*\\n){3}", ""));
		assertRefused("structure.yaml", "questions › maturing.strategic-coordination", "has 2 questions");
	}

	@Test
	void textForAnItemTheStructureDoesNotKnowIsRefused() throws IOException {
		edit("text-en.yaml", text -> text.replace("  maturing.value-proposition.1:",
				"  maturing.value-proposition.4: An extra question?\n  maturing.value-proposition.1:"));
		assertRefused("text-en.yaml", "questions › maturing.value-proposition.4", "no such item in structure.yaml");
	}

	@Test
	void aMissingLanguageFileIsRefused() throws IOException {
		Path dir = copyShipped("2026.1");
		Files.delete(dir.resolve("text-es.yaml"));
		assertThatThrownBy(() -> new MethodFiles(resources).read(location()))
			.isInstanceOf(InvalidMethodData.class)
			.hasMessageContaining("2026.1/text-es.yaml")
			.hasMessageContaining("missing");
	}

	@Test
	void malformedYamlNamesFileAndLine() throws IOException {
		edit("text-nl.yaml", text -> text.replace("  maturing:\n    name: Groeien", "  maturing:\n  name: [Groeien"));
		assertThatThrownBy(() -> new MethodFiles(resources).read(location()))
			.isInstanceOf(InvalidMethodData.class)
			.hasMessageContaining("2026.1/text-nl.yaml")
			.hasMessageContaining("entry 'line ");
	}

	@Test
	void anEmptyLocationIsRefused() {
		assertThatThrownBy(() -> new MethodFiles(resources).read(location()))
			.isInstanceOf(InvalidMethodData.class)
			.hasMessageContaining("no version directory");
	}

	@Test
	void brokenDataStopsTheApplicationFromStarting() throws IOException {
		edit("structure.yaml", text -> text.replaceFirst("block: value-proposition\\n", "block: value-propositions\n"));
		new ApplicationContextRunner()
			.withPropertyValues("atelier.method.location=" + location())
			.withBean(MethodCatalogue.class)
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidMethodData.class)
					.hasMessageContaining("structure.yaml")
					.hasMessageContaining("questions › establishing.value-proposition.1");
			});
	}

	// ------------------------------------------------------------------ versions

	@Test
	void olderVersionsStayReadableAndTheNewestIsCurrent() throws IOException {
		copyShipped("2026.1");
		Path older = copyShipped("2025.2");
		rewrite(older.resolve("structure.yaml"), t -> t.replace("version: \"2026.1\"", "version: \"2025.2\""));
		rewrite(older.resolve("text-en.yaml"), t -> t.replaceFirst(
				"(?m)^  establishing\\.value-proposition\\.1: .*$",
				"  establishing.value-proposition.1: Is the value for every partner written down?"));

		var catalogue = new MethodCatalogue(location(), resources);

		assertThat(catalogue.versions()).containsExactly("2025.2", "2026.1");
		assertThat(catalogue.currentVersion().id()).isEqualTo("2026.1");
		assertThat(catalogue.version("2025.2").in(Locale.ENGLISH).question("establishing.value-proposition.1"))
			.get().extracting(Question::text).isEqualTo("Is the value for every partner written down?");
		assertThat(catalogue.current(Locale.ENGLISH).question("establishing.value-proposition.1"))
			.get().extracting(Question::text).isNotEqualTo("Is the value for every partner written down?");
		assertThatThrownBy(() -> catalogue.version("1999.1")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void versionsAreOrderedByTheirNumbers() {
		assertThat(Stream.of("2026.10", "2025.2", "2026.2", "2026.1").sorted(MethodVersion.ORDER))
			.containsExactly("2025.2", "2026.1", "2026.2", "2026.10");
	}

	// ------------------------------------------------------------------ helpers

	private String location() {
		return temp.toUri().toString();
	}

	private Path copyShipped(String as) throws IOException {
		Path source = new ClassPathResource("method/2026.1/structure.yaml").getFile().toPath().getParent();
		Path target = Files.createDirectories(temp.resolve(as));
		try (Stream<Path> files = Files.list(source)) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		}
		return target;
	}

	private void edit(String file, UnaryOperator<String> change) throws IOException {
		Path dir = copyShipped("2026.1");
		rewrite(dir.resolve(file), change);
	}

	private static void rewrite(Path file, UnaryOperator<String> change) throws IOException {
		String before = Files.readString(file, StandardCharsets.UTF_8);
		String after = change.apply(before);
		assertThat(after).as("the edit of %s changed nothing", file).isNotEqualTo(before);
		Files.writeString(file, after, StandardCharsets.UTF_8);
	}

	private void assertRefused(String file, String entry, String problem) {
		assertThatThrownBy(() -> new MethodFiles(resources).read(location()))
			.isInstanceOf(InvalidMethodData.class)
			.hasMessageContaining("2026.1/" + file)
			.hasMessageContaining("entry '" + entry)
			.hasMessageContaining(problem);
	}
}
