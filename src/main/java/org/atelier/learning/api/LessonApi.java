package org.atelier.learning.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.learning.Filters;
import org.atelier.learning.LessonBook;
import org.atelier.learning.LessonView;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the lessons base: search across every lesson the caller may see, and an atelier's
 * own lessons (members read, partners and coordinators write; revising and removing need If-Match).
 */
@RestController
@Tag(name = "Lessons", description = "The cross-city lessons base")
class LessonApi {

	private final LessonBook lessons;
	private final AtelierAccess access;

	LessonApi(LessonBook lessons, AtelierAccess access) {
		this.lessons = lessons;
		this.access = access;
	}

	@GetMapping("/api/v1/lessons")
	@Operation(summary = "Search the lessons the caller may see", description = "Words are stemmed in each lesson's "
			+ "language; results are best first, with the matched words marked in titleHtml and summaryHtml.")
	LessonJson.Results search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String phase, @RequestParam(required = false) @Nullable String block,
			@RequestParam(required = false) @Nullable String theme, @RequestParam(required = false) @Nullable String city) {
		return LessonJson.Results.of(lessons.search(Filters.parse(q, phase, block, theme, city)));
	}

	@GetMapping("/api/v1/lessons/{lid}")
	@Operation(summary = "One lesson the caller may see, from any atelier")
	LessonJson.Lesson read(@PathVariable long lid) {
		return LessonJson.Lesson.of(lessons.read(lid));
	}

	@PostMapping("/api/v1/lessons/{lid}/applied-in")
	@Operation(summary = "Mark that an atelier reused the lesson (a coordinator of that atelier)")
	@ApiResponse(responseCode = "409", description = "The lesson's own atelier, or already marked")
	LessonJson.Lesson markApplied(@PathVariable long lid, @RequestBody LessonJson.AppliedRequest body) {
		if (body.atelierId() == null) {
			throw new FieldProblem("atelierId", "learning.applied.choose");
		}
		return LessonJson.Lesson.of(lessons.markApplied(lid, body.atelierId()));
	}

	@GetMapping("/api/v1/ateliers/{id}/lessons")
	@Operation(summary = "The atelier's lessons, newest first")
	List<LessonJson.Lesson> list(@PathVariable long id) {
		return lessons.list(id).stream().map(LessonJson.Lesson::of).toList();
	}

	@PostMapping("/api/v1/ateliers/{id}/lessons")
	@Operation(summary = "Record a lesson (partners, coordinators)")
	@ApiResponse(responseCode = "201", description = "Created; Location names the new lesson")
	@ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors")
	ResponseEntity<LessonJson.Lesson> create(@PathVariable long id, @RequestBody LessonJson.Request body) {
		LessonView created = lessons.create(id, body.input());
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/lessons/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(LessonJson.Lesson.of(created));
	}

	@GetMapping("/api/v1/ateliers/{id}/lessons/{lid}")
	@Operation(summary = "One lesson of the atelier", description = "The ETag carries the version for If-Match.")
	ResponseEntity<LessonJson.Lesson> get(@PathVariable long id, @PathVariable long lid) {
		LessonView view = lessons.view(id, lid);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(LessonJson.Lesson.of(view));
	}

	@PutMapping("/api/v1/ateliers/{id}/lessons/{lid}")
	@Operation(summary = "Revise a lesson (partners, coordinators)")
	@ApiResponse(responseCode = "412", description = "Someone changed it since the ETag was read")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<LessonJson.Lesson> update(@PathVariable long id, @PathVariable long lid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody LessonJson.Request body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		LessonView updated = lessons.update(id, lid, version, body.input());
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(LessonJson.Lesson.of(updated));
	}

	@DeleteMapping("/api/v1/ateliers/{id}/lessons/{lid}")
	@Operation(summary = "Remove a lesson (partners, coordinators)")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "412", description = "Someone changed it since the ETag was read")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long lid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		access.requireEditable(id, AtelierRole.PARTNER);
		lessons.delete(id, lid, (int) ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}
}
