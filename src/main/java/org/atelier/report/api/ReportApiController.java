package org.atelier.report.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.report.AtelierExports;
import org.atelier.report.AtelierReport;
import org.atelier.report.AtelierReports;
import org.atelier.report.ExportKind;
import org.atelier.report.ExportTable;
import org.atelier.report.PortfolioOverview;
import org.atelier.report.ProgressReports;
import org.atelier.report.ReportSection;
import org.atelier.atelier.AtelierSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of reports: an atelier's dashboard figures, its progress report as PDF, its exports
 * as CSV and JSON, and the portfolio across the ateliers the caller may see.
 */
@RestController
@Tag(name = "Reports", description = "Dashboards, the progress report, exports and the portfolio")
class ReportApiController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** An atelier as the dashboard names it. */
	record AtelierOut(long id, String name, String city, @Nullable String district, String theme, String phase,
			boolean archived) {
	}

	/** The dashboard: the atelier, the day, and each section's figures under its key. */
	record DashboardOut(AtelierOut atelier, String date, Map<String, Object> sections) {
	}

	record PortfolioAtelierOut(long id, String name, String city, String phase) {
	}

	/** The portfolio: the ateliers it counts, and each section's figures under its key. */
	record PortfolioOut(List<PortfolioAtelierOut> ateliers, Map<String, Object> sections) {
	}

	private final AtelierReports reports;
	private final ProgressReports progress;
	private final AtelierExports exports;

	ReportApiController(AtelierReports reports, ProgressReports progress, AtelierExports exports) {
		this.reports = reports;
		this.progress = progress;
		this.exports = exports;
	}

	@GetMapping("/api/v1/ateliers/{id}/dashboard")
	@Operation(summary = "The atelier's dashboard figures (members)",
			description = "Sections: phase (timeline, readiness), blocks (latest building-block scores, 0 to 3), actions "
					+ "(open, overdue), decisions (recent), hypotheses (by status), commitment (stakeholders by status). "
					+ "Inside the sections, phases and statuses are named as constants (ESTABLISHING, OPEN, COMMITTED).")
	ResponseEntity<DashboardOut> dashboard(@PathVariable long id, Locale locale) {
		AtelierReport report = reports.dashboard(id, locale);
		var a = report.atelier();
		DashboardOut out = new DashboardOut(new AtelierOut(a.id(), a.name(), a.city(), a.district(), a.theme().key(),
				a.phase().key(), a.archived()), report.date().toString(), sections(report.sections()));
		return ResponseEntity.ok().eTag(etag(out)).body(out);
	}

	@GetMapping(path = "/api/v1/ateliers/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The progress report as PDF (members)",
			description = "In the language of Accept-Language (English, Dutch or Spanish).")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		ProgressReports.ReportFile file = progress.pdf(id, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(file.content());
	}

	@GetMapping(path = "/api/v1/ateliers/{id}/exports/{kind}.csv", produces = "text/csv")
	@Operation(summary = "Export as CSV (members)",
			description = "kind: lessons, actions, decisions or stakeholders. Cells a spreadsheet would run as a formula "
					+ "(starting with = + - @, a tab or a carriage return) start with an apostrophe.")
	ResponseEntity<String> csv(@PathVariable long id, @PathVariable String kind) {
		ExportTable table = exports.export(id, ExportKind.require(kind));
		return ResponseEntity.ok().contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(table.fileName(id, "csv")).build().toString())
			.body(table.csv());
	}

	@GetMapping(path = "/api/v1/ateliers/{id}/exports/{kind}.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Export as JSON (members)",
			description = "kind: lessons, actions, decisions or stakeholders; one object per record, keys as the CSV columns.")
	ResponseEntity<List<Map<String, @Nullable String>>> json(@PathVariable long id, @PathVariable String kind) {
		ExportTable table = exports.export(id, ExportKind.require(kind));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(table.fileName(id, "json")).build().toString())
			.body(table.records());
	}

	@GetMapping("/api/v1/portfolio")
	@Operation(summary = "The portfolio across the ateliers the caller may see",
			description = "Sections: phases (ateliers per phase), heatmap (latest building-block scores per atelier), "
					+ "overdue (overdue actions per atelier). Ateliers the caller may not see are neither listed nor counted.")
	ResponseEntity<PortfolioOut> portfolio(Locale locale) {
		PortfolioOverview portfolio = reports.portfolio(locale);
		PortfolioOut out = new PortfolioOut(portfolio.ateliers().stream().map(ReportApiController::atelier).toList(),
				sections(portfolio.sections()));
		return ResponseEntity.ok().eTag(etag(out)).body(out);
	}

	private static PortfolioAtelierOut atelier(AtelierSummary a) {
		return new PortfolioAtelierOut(a.id(), a.name(), a.city(), a.phase().key());
	}

	private static Map<String, Object> sections(List<ReportSection> sections) {
		Map<String, Object> map = new LinkedHashMap<>();
		sections.forEach(s -> map.put(s.key(), s.content()));
		return map;
	}

	/** A weak validator of computed figures: they change whenever any record under them does. */
	private static String etag(Object body) {
		return "W/\"" + Integer.toHexString(body.hashCode()) + "\"";
	}


}
