package org.atelier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.atelier.shared.NotFoundException;
import org.junit.jupiter.api.Test;

/** How an export is written: CSV cells neutralised and quoted, JSON values untouched, file names and kinds. */
class ExportTableTest {

	@Test
	void everyCellThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
		var table = new ExportTable(ExportKind.ACTIONS, List.of("a", "b", "c", "d", "e", "f", "g"),
				List.of(Arrays.asList("=1+1", "+31 20", "-2", "@SUM(A1)", "\tx", "\rx", "plain")));
		assertThat(table.csv()).isEqualTo("a,b,c,d,e,f,g\r\n'=1+1,'+31 20,'-2,'@SUM(A1),'\tx,\"'\rx\",plain\r\n");
	}

	@Test
	void cellsWithCommasQuotesOrLineBreaksAreQuotedAndEmptyCellsStayEmpty() {
		var table = new ExportTable(ExportKind.LESSONS, List.of("title", "note", "empty"),
				List.of(Arrays.asList("Heat, not power", "He said \"yes\"\nthen left", null)));
		assertThat(table.csv()).isEqualTo("title,note,empty\r\n\"Heat, not power\",\"He said \"\"yes\"\"\nthen left\",\r\n");
	}

	@Test
	void jsonRecordsKeepTheValuesAsTheyAreUnderTheirColumns() {
		var table = new ExportTable(ExportKind.DECISIONS, List.of("id", "title", "decided_on"),
				List.of(Arrays.asList("7", "=Keep it", null)));
		assertThat(table.records()).hasSize(1);
		assertThat(table.records().getFirst().keySet()).containsExactly("id", "title", "decided_on");
		assertThat(table.records().getFirst().get("title")).isEqualTo("=Keep it");
		assertThat(table.records().getFirst().get("decided_on")).isNull();
		assertThat(table.fileName(12, "json")).isEqualTo("atelier-12-decisions.json");
	}

	@Test
	void aRowOfTheWrongWidthIsAMistakeOfTheCaller() {
		assertThatThrownBy(() -> new ExportTable(ExportKind.ACTIONS, List.of("a", "b"), List.of(List.of("only one"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void onlyTheFourRegistersCanBeExported() {
		assertThat(ExportKind.require("stakeholders")).isEqualTo(ExportKind.STAKEHOLDERS);
		assertThatThrownBy(() -> ExportKind.require("minutes")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> ExportKind.require("LESSONS")).isInstanceOf(NotFoundException.class);
	}
}
