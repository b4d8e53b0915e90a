package org.atelier.stakeholder.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.stakeholder.RegisterCsv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The stakeholder register as CSV: download for members, all-or-nothing import for partners and coordinators. */
@RestController
@Tag(name = "Stakeholders")
class StakeholderCsvApiController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final RegisterCsv csv;

	StakeholderCsvApiController(RegisterCsv csv) {
		this.csv = csv;
	}

	@GetMapping(path = "/api/v1/ateliers/{id}/stakeholders.csv", produces = "text/csv")
	@Operation(summary = "The register as CSV", description = "Cells a spreadsheet would run as a formula start with an apostrophe.")
	ResponseEntity<String> export(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("stakeholders-" + id + ".csv").build().toString())
			.body(csv.export(id));
	}

	@PostMapping(path = "/api/v1/ateliers/{id}/stakeholders.csv")
	@Operation(summary = "Import organisations from CSV (partners, coordinators)",
			description = "The header row names the columns of a download. The file is checked whole: one bad line and "
					+ "nothing is written; the problem details list every problem with its line and column.")
	@ApiResponse(responseCode = "201", description = "Every line imported")
	@ApiResponse(responseCode = "400", description = "Problems, each naming line and column; nothing imported")
	ResponseEntity<Map<String, Integer>> importCsv(@PathVariable long id, @RequestBody String body) {
		int imported = csv.importCsv(id, body);
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/stakeholders"))
			.body(Map.of("imported", imported));
	}
}
