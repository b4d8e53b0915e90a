package org.atelier.method.api;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.method.MethodCatalogue;
import org.atelier.method.MethodVersion;
import org.atelier.shared.web.SupportedLocales;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/method}: the method catalogue in the caller's language. */
@RestController
@RequestMapping("/api/v1/method")
@Tag(name = "Method", description = "The Innovation Atelier method as data: phases, building blocks and the question bank")
class MethodApi {

	private final MethodCatalogue catalogue;
	/** The catalogue never changes while the application runs, so each version and language is mapped once. */
	private final Map<String, MethodDocument> documents = new ConcurrentHashMap<>();

	MethodApi(MethodCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The method catalogue",
			description = "The five phases, six building blocks, Preconditions steps and outputs, Continuation "
					+ "dimensions, the score and confidence scales, the question bank and the improvement suggestions "
					+ "of the current version (or of ?version=), in the language of Accept-Language (en, nl or es; "
					+ "English otherwise). The response names its language in Content-Language and carries an ETag.")
	@ApiResponse(responseCode = "200", description = "The catalogue")
	@ApiResponse(responseCode = "401", description = "No or wrong credentials",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such version",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<MethodDocument> catalogue(
			@Parameter(description = "A published version such as 2026.1; the current version when absent")
			@RequestParam(required = false) @Nullable String version,
			@Parameter(description = "Preferred languages, for example nl-NL,nl;q=0.9")
			@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
		MethodVersion chosen = version == null || version.isBlank() ? catalogue.currentVersion() : catalogue.version(version);
		Locale language = SupportedLocales.bestMatch(acceptLanguage);
		MethodDocument document = documents.computeIfAbsent(chosen.id() + "/" + language.getLanguage(),
				k -> MethodDocument.of(chosen.in(language)));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_LANGUAGE, document.language())
			.varyBy(HttpHeaders.ACCEPT_LANGUAGE)
			.eTag("\"" + document.version() + "-" + document.language() + "\"")
			.body(document);
	}
}
