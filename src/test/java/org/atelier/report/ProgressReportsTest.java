package org.atelier.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.atelier.report.internal.SvgBars;
import org.junit.jupiter.api.Test;

/** The report's file name (safe in any header and file system) and its SVG bars. */
class ProgressReportsTest {

	@Test
	void theFileNameKeepsOnlyLowerCaseAsciiLettersDigitsAndDashes() {
		assertThat(ProgressReports.fileName("Ría Zorrotzaurre", "2026-11-25")).isEqualTo("progress-ria-zorrotzaurre-2026-11-25.pdf");
		assertThat(ProgressReports.fileName("../../etc/passwd\r\nX-Evil: 1", "2026-11-25"))
			.isEqualTo("progress-etc-passwd-x-evil-1-2026-11-25.pdf");
		assertThat(ProgressReports.fileName("\"; filename=evil.exe", "2026-01-02"))
			.isEqualTo("progress-filename-evil-exe-2026-01-02.pdf");
		assertThat(ProgressReports.fileName("東京", "2026-01-02")).isEqualTo("progress-atelier-2026-01-02.pdf");
		assertThat(ProgressReports.fileName("a".repeat(200), "2026-01-02")).hasSize("progress-".length() + 60 + "-2026-01-02.pdf".length());
	}

	@Test
	void aBarFillsItsShareOfTheTrackAndNeverMore() {
		SvgBars bars = new SvgBars();
		assertThat(bars.bar(1.5, 3.0)).contains("width=\"80\" height=\"10\" fill=\"#1b5e70\"");
		assertThat(bars.bar(3.0, 3.0)).contains("width=\"160\" height=\"10\" fill=\"#1b5e70\"");
		assertThat(bars.bar(7, 3.0)).contains("width=\"160\" height=\"10\" fill=\"#1b5e70\"");
		assertThat(bars.bar(null, 3.0)).contains("width=\"0\" height=\"10\" fill=\"#1b5e70\"");
		assertThat(bars.bar(2, 0)).contains("width=\"0\" height=\"10\" fill=\"#1b5e70\"");
	}
}
