package org.atelier.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.atelier.testsupport.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The progress report as PDF, read back with PDFBox: the text carries the atelier's name (with
 * its accented letter, so the embedded font holds it), its phase, the overdue count and a block
 * score, in English and in Dutch, the reader's language taken from the request.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgressReportPdfTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext beans;

	ReportFixture f;

	@BeforeEach
	void atelier() {
		f = new ReportFixture(beans, "pdf");
	}

	@Test
	void theReportIsAPdfInEnglishWithTheKeyFigures() throws Exception {
		var answer = ReportFixture.get(port, "/api/v1/ateliers/" + f.atelierId + "/report.pdf", f.observer,
				"application/pdf", "en");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
			.matches("attachment; filename=\"progress-ria-zorrotzaurre-[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}\\.pdf\"");
		String text = text(answer.body());
		assertThat(text).contains("Progress report: " + f.name)
			.contains("Current phase: Establishing")
			.containsPattern("Overdue\\s+1\\n")
			.containsPattern("Open\\s+2\\n")
			.containsPattern("Vision, mission & strategy\\s+2\\.0")
			.contains("1 of 2 organisations are on board").contains("Funding cliff: 100%")
			.contains("Start the heat pilot");
	}

	@Test
	void theReportSpeaksDutchToADutchReader() throws Exception {
		var answer = ReportFixture.get(port, "/api/v1/ateliers/" + f.atelierId + "/report.pdf", f.observer,
				"application/pdf", "nl");
		assertThat(answer.statusCode()).isEqualTo(200);
		String text = text(answer.body());
		assertThat(text).contains("Voortgangsrapport: " + f.name)
			.contains("Huidige fase: Opzetten")
			.containsPattern("Te laat\\s+1\\n")
			.containsPattern("Visie, missie & strategie\\s+2,0")
			.contains("1 van 2 organisaties doen mee");
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isPositive();
			return new PDFTextStripper().getText(document);
		}
	}
}
