package org.atelier.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

import org.atelier.report.internal.PdfRenderer;
import org.springframework.stereotype.Service;

/**
 * The printable progress report of an atelier: its dashboard in the reader's language, laid out
 * as PDF on the server from the template {@code report/progress}.
 */
@Service
public class ProgressReports {

	/** A rendered report and the file name to offer it under (ASCII letters, digits and dashes only). */
	public record ReportFile(String fileName, byte[] content) {
	}

	private final AtelierReports reports;
	private final PdfRenderer renderer;

	ProgressReports(AtelierReports reports, PdfRenderer renderer) {
		this.reports = reports;
		this.renderer = renderer;
	}

	/** The report for a member of the atelier (others get 404, as for the dashboard). */
	public ReportFile pdf(long atelierId, Locale locale) {
		AtelierReport report = reports.dashboard(atelierId, locale);
		byte[] pdf = renderer.render("report/progress", locale, Map.of("report", report));
		return new ReportFile(fileName(report.atelier().name(), report.date().toString()), pdf);
	}

	/** {@code progress-<name>-<date>.pdf}, the name reduced to lower-case ASCII letters, digits and dashes. */
	static String fileName(String atelierName, String date) {
		String ascii = Normalizer.normalize(atelierName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (ascii.length() > 60) {
			ascii = ascii.substring(0, 60).replaceAll("-+$", "");
		}
		return "progress-" + (ascii.isEmpty() ? "atelier" : ascii) + "-" + date + ".pdf";
	}
}
