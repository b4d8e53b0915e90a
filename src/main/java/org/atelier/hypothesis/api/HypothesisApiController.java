package org.atelier.hypothesis.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.hypothesis.EvidenceInput;
import org.atelier.hypothesis.HypothesisCategory;
import org.atelier.hypothesis.HypothesisInput;
import org.atelier.hypothesis.HypothesisStatus;
import org.atelier.hypothesis.HypothesisView;
import org.atelier.hypothesis.Hypotheses;
import org.atelier.hypothesis.StatusInput;
import org.atelier.learning.LessonLanguage;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of an atelier's hypotheses. Content is edited with PUT while a hypothesis is open or
 * being tested; its status moves through {@code status}; evidence is added and removed as
 * sub-resources; {@code lesson} turns a concluded hypothesis's learning card into a lesson, once.
 */
@RestController
@RequestMapping("/api/v1/ateliers/{id}/hypotheses")
@Tag(name = "Hypotheses", description = "Working hypotheses of an atelier, their evidence and learning cards")
class HypothesisApiController {

	private final Hypotheses hypotheses;
	private final AtelierAccess access;

	HypothesisApiController(Hypotheses hypotheses, AtelierAccess access) {
		this.hypotheses = hypotheses;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "The hypotheses, most important first",
			description = "status: open, testing, supported, refuted, inconclusive, dropped; category: desirability, "
					+ "feasibility, viability, governance, regulatory.")
	List<HypothesisJson.HypothesisOut> list(@PathVariable long id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String category) {
		HypothesisStatus s = status == null ? null
				: HypothesisStatus.parse(status).orElseThrow(() -> new FieldProblem("status", "hypothesis.status.invalid"));
		HypothesisCategory c = category == null ? null
				: HypothesisCategory.parse(category)
					.orElseThrow(() -> new FieldProblem("category", "hypothesis.category.invalid"));
		return hypotheses.list(id, s, c).stream().map(HypothesisJson.HypothesisOut::of).toList();
	}

	@PostMapping
	@Operation(summary = "Record a hypothesis (partners, coordinators)", description = "It starts open.")
	ResponseEntity<HypothesisJson.HypothesisOut> create(@PathVariable long id,
			@RequestBody HypothesisJson.HypothesisBody body) {
		HypothesisView created = hypotheses.create(id, input(body));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/hypotheses/" + created.id()))
			.eTag(ETags.of(created.version())).body(HypothesisJson.HypothesisOut.of(created));
	}

	@GetMapping("/{hid}")
	ResponseEntity<HypothesisJson.HypothesisOut> get(@PathVariable long id, @PathVariable long hid) {
		return ok(hypotheses.get(id, hid));
	}

	@PutMapping("/{hid}")
	@Operation(summary = "Edit the statement and test card (partners, coordinators)")
	@ApiResponse(responseCode = "409", description = "The hypothesis is concluded or dropped; reopen it first")
	ResponseEntity<HypothesisJson.HypothesisOut> update(@PathVariable long id, @PathVariable long hid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody HypothesisJson.HypothesisBody body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		return ok(hypotheses.update(id, hid, version, input(body)));
	}

	@PostMapping("/{hid}/status")
	@Operation(summary = "Change the status (partners, coordinators)",
			description = "Concluding (supported, refuted, inconclusive) needs learningCard.observation and insight; "
					+ "dropped needs a note saying why. A concluded or dropped hypothesis is first reopened "
					+ "(open or testing).")
	ResponseEntity<HypothesisJson.HypothesisOut> status(@PathVariable long id, @PathVariable long hid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody HypothesisJson.StatusBody body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		var card = body.learningCard() == null ? new HypothesisJson.LearningCardJson(null, null, null, null)
				: body.learningCard();
		StatusInput input = StatusInput.parse(body.status(), body.note(), card.observation(), card.insight(),
				card.decision(), card.nextActions());
		return ok(hypotheses.changeStatus(id, hid, version, input));
	}

	@GetMapping("/{hid}/evidence")
	List<HypothesisJson.EvidenceOut> evidence(@PathVariable long id, @PathVariable long hid) {
		return hypotheses.get(id, hid).evidence().stream().map(HypothesisJson.EvidenceOut::of).toList();
	}

	@PostMapping("/{hid}/evidence")
	@Operation(summary = "Add evidence (partners, coordinators)",
			description = "kind session or decision with targetId (of the same atelier), or kind document with an "
					+ "http(s) url and a title; direction supports or contradicts; strength 1–3.")
	ResponseEntity<HypothesisJson.EvidenceOut> addEvidence(@PathVariable long id, @PathVariable long hid,
			@RequestBody HypothesisJson.EvidenceBody body) {
		var added = hypotheses.addEvidence(id, hid, EvidenceInput.parse(body.kind(), body.targetId(), body.url(),
				body.title(), body.direction(), body.strength(), body.note()));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/hypotheses/" + hid + "/evidence/" + added.id()))
			.body(HypothesisJson.EvidenceOut.of(added));
	}

	@DeleteMapping("/{hid}/evidence/{eid}")
	@Operation(summary = "Remove evidence (partners, coordinators)")
	ResponseEntity<Void> removeEvidence(@PathVariable long id, @PathVariable long hid, @PathVariable long eid) {
		hypotheses.removeEvidence(id, hid, eid);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{hid}/lesson")
	@Operation(summary = "Turn the learning card into a lesson (partners, coordinators)",
			description = "Only for a concluded hypothesis; the lesson is visible to the members. A second call answers 409.")
	ResponseEntity<HypothesisJson.HypothesisOut> lesson(@PathVariable long id, @PathVariable long hid) {
		LessonLanguage language = LessonLanguage.parse(LocaleContextHolder.getLocale().getLanguage())
			.orElse(LessonLanguage.EN);
		HypothesisView h = hypotheses.turnIntoLesson(id, hid, language);
		return ResponseEntity.created(URI.create(h.lesson().path())).eTag(ETags.of(h.version()))
			.body(HypothesisJson.HypothesisOut.of(h));
	}

	private static ResponseEntity<HypothesisJson.HypothesisOut> ok(HypothesisView h) {
		return ResponseEntity.ok().eTag(ETags.of(h.version())).body(HypothesisJson.HypothesisOut.of(h));
	}

	private static HypothesisInput input(HypothesisJson.HypothesisBody b) {
		var card = b.testCard() == null ? new HypothesisJson.TestCard(null, null, null, null) : b.testCard();
		return HypothesisInput.parse(b.statement(), b.category(), b.importance(), b.evidenceStrength(), card.method(),
				card.metric(), card.successCriterion(), card.deadline());
	}
}
