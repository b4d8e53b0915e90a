package org.atelier.assessment.api;

import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.assessment.AssessmentService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinators' target level (0–3) per building block or Continuation dimension, the same
 * targets the results page sets and the radar chart draws. Members read them; coordinators change
 * them with a merge patch: a group named with a level sets it, a group named with {@code null}
 * removes its target, groups not named stay as they are.
 */
@RestController
@RequestMapping("/api/v1/ateliers/{id}/assessment-targets")
@Tag(name = "Assessments")
class AssessmentTargetsApiController {

	private final AssessmentService assessments;

	AssessmentTargetsApiController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@GetMapping
	@Operation(summary = "Target level per group key")
	Map<String, Integer> targets(@PathVariable long id) {
		return new TreeMap<>(assessments.targets(id));
	}

	@PatchMapping(consumes = { "application/json", "application/merge-patch+json" })
	@Operation(summary = "Set or remove target levels (coordinators)",
			description = "Body: {\"vision-mission-strategy\": 2, \"value-proposition\": null}. Levels run from 0 to 3; "
					+ "null removes the target. The whole patch is refused when one group is unknown or one level is out of range.")
	@ApiResponse(responseCode = "400", description = "An unknown group or a level outside 0–3; nothing is changed")
	Map<String, Integer> change(@PathVariable long id, @RequestBody Map<String, @Nullable Integer> levels) {
		assessments.setTargets(id, levels);
		return new TreeMap<>(assessments.targets(id));
	}
}
