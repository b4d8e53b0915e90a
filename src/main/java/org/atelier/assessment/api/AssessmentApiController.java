package org.atelier.assessment.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.assessment.AnswerInput;
import org.atelier.assessment.AnswerView;
import org.atelier.assessment.AssessmentService;
import org.atelier.assessment.AssessmentSummary;
import org.atelier.identity.CurrentUser;
import org.atelier.method.Phase;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API for building-block assessments. Members read them (404 for anyone else); coordinators
 * open and close them; every member, observers included, answers with their own view. The first
 * answer to a question is created without If-Match; replacing it needs the answer's ETag in
 * If-Match (428 without, 412 when stale).
 */
@RestController
@RequestMapping("/api/v1/ateliers/{id}/assessments")
@Tag(name = "Assessments", description = "Building-block assessments of an atelier and their results")
class AssessmentApiController {

	private final AssessmentService assessments;

	AssessmentApiController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@GetMapping
	@Operation(summary = "The atelier's assessments, newest first")
	List<AssessmentJson.Summary> list(@PathVariable long id) {
		return assessments.list(id).stream().map(AssessmentJson.Summary::of).toList();
	}

	@PostMapping
	@Operation(summary = "Open an assessment (coordinators)",
			description = "For the given phase key (preconditions, establishing, ...) or, without one, the atelier's "
					+ "current phase. It uses the current method version's questions and keeps their wording.")
	@ApiResponse(responseCode = "201", description = "Opened; Location names it")
	@ApiResponse(responseCode = "400", description = "Unknown phase")
	ResponseEntity<AssessmentJson.Summary> open(@PathVariable long id,
			@RequestBody(required = false) AssessmentJson.@Nullable OpenRequest body) {
		Phase phase = body == null || body.phase() == null || body.phase().isBlank() ? null : phase(body.phase());
		AssessmentSummary opened = assessments.open(id, phase);
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/assessments/" + opened.id()))
			.body(AssessmentJson.Summary.of(opened));
	}

	@GetMapping("/{aid}")
	@Operation(summary = "An assessment with its results",
			description = "blockScores maps each group key (building block, step or dimension) to the mean of the "
					+ "applicable answers of all respondents, one decimal, or null when nobody scored it. Each question "
					+ "lists the answers and whether respondents differ by two levels or more (disagreement).")
	AssessmentJson.Detail get(@PathVariable long id, @PathVariable long aid, Locale locale) {
		return AssessmentJson.Detail.of(assessments.results(id, aid, locale));
	}

	@PostMapping("/{aid}/close")
	@Operation(summary = "Close an assessment (coordinators)", description = "It takes no more answers.")
	@ApiResponse(responseCode = "409", description = "Already closed")
	AssessmentJson.Summary close(@PathVariable long id, @PathVariable long aid) {
		return AssessmentJson.Summary.of(assessments.close(id, aid));
	}

	@GetMapping("/{aid}/answers/{questionKey}")
	@Operation(summary = "The caller's own answer to a question", description = "The ETag is what a revision sends in If-Match.")
	@ApiResponse(responseCode = "404", description = "Not answered yet, or no such question in this assessment")
	ResponseEntity<AssessmentJson.Answer> myAnswer(@PathVariable long id, @PathVariable long aid,
			@PathVariable String questionKey) {
		AnswerView answer = assessments.myAnswer(id, aid, questionKey)
			.orElseThrow(() -> new org.atelier.shared.NotFoundException("answer"));
		return ResponseEntity.ok().eTag(ETags.of(answer.version()))
			.body(AssessmentJson.Answer.of(answer, CurrentUser.require().getUsername()));
	}

	@PutMapping("/{aid}/answers/{questionKey}")
	@Operation(summary = "Answer a question (every member, with their own answer)",
			description = "Either score 0-3 with confidence 1-5, or notApplicable true with a reason. Evidence links are "
					+ "http(s) addresses or paths of this atelier's records (/ateliers/{id}/...). The first answer is created "
					+ "without If-Match (201); replacing it needs the ETag of the answer in If-Match (200).")
	@ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors")
	@ApiResponse(responseCode = "409", description = "The assessment is closed or the atelier archived")
	@ApiResponse(responseCode = "412", description = "The answer changed since its ETag was read")
	@ApiResponse(responseCode = "428", description = "Replacing an answer without If-Match")
	ResponseEntity<AssessmentJson.Answer> answer(@PathVariable long id, @PathVariable long aid,
			@PathVariable String questionKey,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody AssessmentJson.AnswerRequest body) {
		Optional<AnswerView> existing = assessments.myAnswer(id, aid, questionKey);
		Integer version = existing.isPresent() || ifMatch != null ? (int) ETags.requireVersion(ifMatch) : null;
		AnswerInput input = new AnswerInput(body.score(), body.confidence(), Boolean.TRUE.equals(body.notApplicable()),
				body.reason(), body.note(), body.evidence() == null ? List.of() : body.evidence());
		AnswerView saved = assessments.answer(id, aid, questionKey, input, version);
		var response = existing.isPresent() ? ResponseEntity.ok()
				: ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/assessments/" + aid + "/answers/"
						+ questionKey));
		return response.eTag(ETags.of(saved.version()))
			.body(AssessmentJson.Answer.of(saved, CurrentUser.require().getUsername()));
	}

	private static Phase phase(String key) {
		try {
			return Phase.fromKey(key);
		}
		catch (IllegalArgumentException e) {
			throw new FieldProblem("phase", "assessment.phase.unknown", key);
		}
	}
}
