package org.atelier.report.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.report.AtelierExports;
import org.atelier.report.AtelierReport;
import org.atelier.report.AtelierReports;
import org.atelier.report.ExportKind;
import org.atelier.report.ExportTable;
import org.atelier.report.PortfolioOverview;
import org.atelier.report.ProgressReports;
import org.atelier.report.ReportSection;
import org.atelier.report.internal.BlockScoresPart;
import org.atelier.report.internal.CommitmentPart;
import org.atelier.report.internal.HypothesesPart;
import org.atelier.report.internal.Tally;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Report pages: an atelier's dashboard with its downloads (progress report as PDF, exports as
 * CSV and JSON), and the portfolio across the ateliers the signed-in person may see.
 */
@Controller
class ReportPages {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final AtelierReports reports;
	private final ProgressReports progress;
	private final AtelierExports exports;
	private final ReportCharts charts;
	private final MessageSource messages;

	ReportPages(AtelierReports reports, ProgressReports progress, AtelierExports exports, ReportCharts charts,
			MessageSource messages) {
		this.reports = reports;
		this.progress = progress;
		this.exports = exports;
		this.charts = charts;
		this.messages = messages;
	}

	@GetMapping("/ateliers/{id}/dashboard")
	String dashboard(@PathVariable long id, Model model, Locale locale) {
		AtelierReport report = reports.dashboard(id, locale);
		model.addAttribute("atelier", report.atelier());
		model.addAttribute("report", report);
		model.addAttribute("exportKinds", List.of(ExportKind.values()));
		Map<String, String> chartData = new LinkedHashMap<>();
		for (ReportSection section : report.sections()) {
			String chart = chart(section, locale);
			if (chart != null) {
				chartData.put(section.key(), chart);
			}
		}
		model.addAttribute("charts", chartData);
		return "report/dashboard";
	}

	@GetMapping("/ateliers/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		return pdfAnswer(progress.pdf(id, locale));
	}

	@GetMapping("/ateliers/{id}/exports/{kind}.csv")
	ResponseEntity<String> csv(@PathVariable long id, @PathVariable String kind) {
		return csvAnswer(id, exports.export(id, ExportKind.require(kind)));
	}

	@GetMapping("/ateliers/{id}/exports/{kind}.json")
	ResponseEntity<List<Map<String, @Nullable String>>> json(@PathVariable long id, @PathVariable String kind) {
		return jsonAnswer(id, exports.export(id, ExportKind.require(kind)));
	}

	@GetMapping("/portfolio")
	String portfolio(Model model, Locale locale) {
		PortfolioOverview portfolio = reports.portfolio(locale);
		model.addAttribute("portfolio", portfolio);
		Map<String, String> chartData = new LinkedHashMap<>();
		for (ReportSection section : portfolio.sections()) {
			if (section.key().equals("phases") && section.content() instanceof List<?> tallies) {
				chartData.put("phases", charts.bars(text("report.portfolio.phases.title", locale), tallies(tallies),
						"atelier.phase.", locale));
			}
		}
		model.addAttribute("charts", chartData);
		return "report/portfolio";
	}


	static ResponseEntity<byte[]> pdfAnswer(ProgressReports.ReportFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(file.content());
	}

	static ResponseEntity<String> csvAnswer(long atelierId, ExportTable table) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(table.fileName(atelierId, "csv")).build().toString())
			.body(table.csv());
	}

	static ResponseEntity<List<Map<String, @Nullable String>>> jsonAnswer(long atelierId, ExportTable table) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(table.fileName(atelierId, "json")).build().toString())
			.body(table.records());
	}


	private @Nullable String chart(ReportSection section, Locale locale) {
		return switch (section.content()) {
			case BlockScoresPart.BlockScores scores when scores.scored() -> charts.radar(
					text("report.blocks.series", locale),
					scores.blocks().stream().map(BlockScoresPart.Block::name).toList(),
					scores.blocks().stream().map(BlockScoresPart.Block::score).toList());
			case HypothesesPart.HypothesisCounts counts -> charts.bars(text("report.hypotheses.title", locale),
					counts.byStatus(), "hypothesis.status.", locale);
			case CommitmentPart.Commitment commitment -> charts.bars(text("report.commitment.title", locale),
					commitment.byStatus(), "stakeholder.commitment.", locale);
			default -> null;
		};
	}

	private static List<Tally> tallies(List<?> items) {
		return items.stream().filter(Tally.class::isInstance).map(Tally.class::cast).toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
