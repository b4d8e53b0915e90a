package org.atelier.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.atelier.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

/** Checking a register file as a whole, without a database: every problem with its line and column, or every entry. */
class RegisterCsvTest {

	private static final String HEADER = String.join(",", RegisterCsv.COLUMNS) + "\n";

	@Test
	void aValidFileGivesOneEntryPerLineWithItsCommitment() {
		List<RegisterCsv.Entry> entries = RegisterCsv.read(HEADER
				+ "City of Bilbao,municipality,government,Owns the land,true,Permits,5,4,true,true,false,supportive,leading,committed\n"
				+ "Residents,community-group,civil-society,,false,,2,5,false,true,true,neutral,supportive,\n");
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).input().name()).isEqualTo("City of Bilbao");
		assertThat(entries.get(0).commitment()).isEqualTo(CommitmentStatus.COMMITTED);
		assertThat(entries.get(1).commitment()).isEqualTo(CommitmentStatus.IDENTIFIED);
		assertThat(entries.get(1).line()).isEqualTo(3);
	}

	@Test
	void everyProblemNamesItsLineAndColumn() {
		assertThatThrownBy(() -> RegisterCsv.read(HEADER
				+ "Good one,company,industry,,false,,3,3,false,false,false,neutral,neutral,identified\n"
				+ ",company,industry,,false,,9,3,maybe,false,false,neutral,neutral,identified\n"
				+ "Short,company\n"))
			.isInstanceOf(FieldProblem.class)
			.satisfies(e -> {
				var violations = ((FieldProblem) e).violations();
				assertThat(violations).extracting(v -> v.args()[0]).containsOnly(3, 4);
				assertThat(violations).filteredOn(v -> v.messageKey().equals("stakeholder.csv.cellProblem"))
					.extracting(v -> v.args()[1]).contains("name", "influence", "power");
				assertThat(violations).anySatisfy(v -> {
					assertThat(v.messageKey()).isEqualTo("stakeholder.csv.lineProblem");
					assertThat(((MessageSourceResolvable) v.args()[1]).getCodes()).contains("stakeholder.csv.cellCount");
				});
			});
	}

	@Test
	void anUnknownOrMissingColumnIsRefusedOnTheHeaderLine() {
		assertThatThrownBy(() -> RegisterCsv.read("name,colour\nx,y\n")).isInstanceOf(FieldProblem.class)
			.satisfies(e -> assertThat(((FieldProblem) e).violations().getFirst().messageKey())
				.isEqualTo("stakeholder.csv.unknownColumn"));
		assertThatThrownBy(() -> RegisterCsv.read("name,type\nx,company\n")).isInstanceOf(FieldProblem.class)
			.satisfies(e -> assertThat(((FieldProblem) e).violations().getFirst().messageKey())
				.isEqualTo("stakeholder.csv.missingColumn"));
		assertThatThrownBy(() -> RegisterCsv.read("")).isInstanceOf(FieldProblem.class);
	}

	@Property(tries = 300)
	void anyTextGivesEntriesOrALineByLineRefusalNeverAnotherError(@ForAll("registerLike") String text) {
		try {
			List<RegisterCsv.Entry> entries = RegisterCsv.read(text);
			assertThat(entries).isNotEmpty();
		}
		catch (FieldProblem refused) {
			assertThat(refused.violations()).isNotEmpty();
		}
	}

	@Property(tries = 300)
	void anyStringAtAllIsHandled(@ForAll String text) {
		try {
			RegisterCsv.read(text);
		}
		catch (FieldProblem refused) {
			assertThat(refused.violations()).isNotEmpty();
		}
	}

	/** Files with the right header and rows of plausible and implausible cells. */
	@Provide
	Arbitrary<String> registerLike() {
		Arbitrary<String> cell = Arbitraries.oneOf(
				Arbitraries.of("municipality", "company", "government", "industry", "neutral", "supportive", "true",
						"false", "3", "5", "0", "committed", "left", "", "\"quoted, cell\"", "=1+1"),
				Arbitraries.strings().ofMaxLength(12));
		Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(16).map(cells -> String.join(",", cells));
		return row.list().ofMaxSize(5).map(rows -> HEADER + String.join("\n", rows));
	}
}
