package org.atelier.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.atelier.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** RFC 4180 reading and writing, and the protection against formula injection in written cells. */
class CsvTableTest {

	@Test
	void quotedCellsKeepCommasQuotesAndLineBreaks() {
		var rows = CsvTable.read("\uFEFFname,note\r\n\"Gemeente, Amsterdam\",\"says \"\"yes\"\"\"\r\n\"two\nlines\",x\n\n");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).cells()).containsExactly("Gemeente, Amsterdam", "says \"yes\"");
		assertThat(rows.get(2).cells()).containsExactly("two\nlines", "x");
		assertThat(rows.get(2).line()).isEqualTo(3);
	}

	@Test
	void anUnclosedOrStrayQuoteNamesItsLine() {
		assertThatThrownBy(() -> CsvTable.read("a,b\n1,2\n\"open,3\n"))
			.isInstanceOf(FieldProblem.class)
			.satisfies(e -> {
				var v = ((FieldProblem) e).violations().getFirst();
				assertThat(v.messageKey()).isEqualTo("stakeholder.csv.unclosedQuote");
				assertThat(v.args()).containsExactly(3);
			});
		assertThatThrownBy(() -> CsvTable.read("a,b\nab\"c,d\n")).isInstanceOf(FieldProblem.class)
			.satisfies(e -> assertThat(((FieldProblem) e).violations().getFirst().args()).containsExactly(2));
	}

	@Test
	void cellsThatASpreadsheetWouldRunAsAFormulaAreNeutralised() {
		assertThat(CsvTable.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(CsvTable.cell("+31 20 555")).isEqualTo("'+31 20 555");
		assertThat(CsvTable.cell("-5")).isEqualTo("'-5");
		assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvTable.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(CsvTable.cell("Grid operator")).isEqualTo("Grid operator");
		assertThat(CsvTable.line(List.of("a", "b,c"))).isEqualTo("a,\"b,c\"\r\n");
	}

	@Property
	void whatIsWrittenReadsBackAsTheSameCellsOnceNeutralised(@ForAll @Size(min = 1, max = 6) List<String> cells) {
		var rows = CsvTable.read(CsvTable.line(cells));
		List<String> expected = cells.stream()
			.map(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 ? "'" + c : c)
			.toList();
		if (expected.size() == 1 && expected.getFirst().isEmpty()) {
			assertThat(rows).isEmpty();
		}
		else {
			assertThat(rows).hasSize(1);
			assertThat(rows.getFirst().cells()).isEqualTo(expected);
		}
	}

	@Property
	void anyTextIsEitherReadOrRefusedWithALine(@ForAll String text) {
		try {
			CsvTable.read(text);
		}
		catch (FieldProblem problem) {
			assertThat(problem.violations()).allSatisfy(v -> assertThat(v.args()[0]).isInstanceOf(Integer.class));
		}
	}
}
