package org.atelier.archive.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.archive.ArchiveService;
import org.atelier.archive.ArchiveTooLarge;
import org.atelier.archive.ImportResult;
import org.atelier.archive.ReplicaInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Atelier archives over the API: export as a zip, import a zip uploaded as the part {@code file}
 * of a {@code multipart/form-data} request (as the import page sends it), and replication of an
 * atelier's structure.
 */
@RestController
@Tag(name = "Archives", description = "Export, import and replication of ateliers")
class ArchiveApiController {

	static final String ZIP = "application/zip";

	private final ArchiveService archives;
	private final MessageSource messages;

	ArchiveApiController(ArchiveService archives, MessageSource messages) {
		this.archives = archives;
		this.messages = messages;
	}

	@GetMapping(path = "/api/v1/ateliers/{id}/export", produces = ZIP)
	@Operation(summary = "The atelier as an archive (coordinators, administrators)",
			description = "A zip of atelier.json (schemaVersion, application, exportedAt, methodVersion, atelier, "
					+ "members by e-mail, parts) and attachments/ with the documents.")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		ArchiveService.Archive archive = archives.export(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(archive.fileName()).build().toString())
			.contentType(MediaType.parseMediaType(ZIP))
			.body(archive.content());
	}

	@PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import an archive as a new atelier",
			description = "multipart/form-data with the zip as the part 'file' and optionally the new atelier's "
					+ "'name' (default: the archive's). The caller becomes coordinator; members are matched by e-mail and "
					+ "those without an account here are listed as skipped. Every problem of a refused archive is "
					+ "listed with its location (400); an archive over atelier.archive.max-size gets 413.")
	ResponseEntity<ImportOut> importArchive(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String name) throws IOException {
		ImportResult result;
		try (InputStream in = file.getInputStream()) {
			result = archives.importArchive(archives.read(in), name);
		}
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + result.atelierId())).body(ImportOut.of(result));
	}

	@PostMapping("/api/v1/ateliers/{id}/replicate")
	@Operation(summary = "Start a new atelier from this one's structure (coordinators, administrators)",
			description = "Copies role definitions, the operational conditions checklist, assessment targets, "
					+ "the escalation route, hypotheses as open drafts and links to the lessons others may read; "
					+ "never people, contacts, minutes or members-only lessons.")
	ResponseEntity<ImportOut> replicate(@PathVariable long id, @RequestBody ReplicaBody body) {
		ImportResult result = archives.replicate(id, new ReplicaInput(body.name(), body.city(), body.district(),
				body.theme()));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + result.atelierId())).body(ImportOut.of(result));
	}

	@ExceptionHandler(ArchiveTooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(ArchiveTooLarge e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, messages.getMessage(
				"archive.tooLarge", new Object[] { e.maxBytes() / (1024 * 1024) }, LocaleContextHolder.getLocale()));
		problem.setProperty("errors", List.of(Map.of("field", "archive", "message", problem.getDetail())));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	record ReplicaBody(@Nullable String name, @Nullable String city, @Nullable String district,
			@Nullable String theme) {
	}

	record ImportOut(long id, String name, List<Skipped> skipped) {

		record Skipped(String email, String as) {
		}

		static ImportOut of(ImportResult result) {
			return new ImportOut(result.atelierId(), result.name(),
					result.skipped().stream().map(s -> new Skipped(s.email(), s.as())).toList());
		}
	}
}
