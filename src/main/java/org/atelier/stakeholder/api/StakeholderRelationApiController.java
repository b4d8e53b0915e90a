package org.atelier.stakeholder.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.stakeholder.RelationView;
import org.atelier.stakeholder.StakeholderRelations;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dependency network of the register: members read, partners and coordinators add and remove relations. */
@RestController
@RequestMapping("/api/v1/ateliers/{id}/relations")
@Tag(name = "Stakeholders")
class StakeholderRelationApiController {

	record RelationBody(@Nullable Long fromId, @Nullable String kind, @Nullable Long toId, @Nullable String note) {
	}

	record RelationOut(long id, long fromId, String fromName, String kind, long toId, String toName,
			@Nullable String note) {

		static RelationOut of(RelationView r) {
			return new RelationOut(r.id(), r.fromId(), r.fromName(), r.kind().key(), r.toId(), r.toName(), r.note());
		}
	}

	private final StakeholderRelations relations;

	StakeholderRelationApiController(StakeholderRelations relations) {
		this.relations = relations;
	}

	@GetMapping
	@Operation(summary = "Directed relations between the atelier's organisations",
			description = "With asOf (an ISO instant): the relations that existed then between the organisations of that moment.")
	List<RelationOut> list(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(required = false) @org.jspecify.annotations.Nullable String asOf) {
		java.time.Instant at = AsOf.parse(asOf);
		return (at == null ? relations.list(id) : relations.listAsOf(id, at)).stream().map(RelationOut::of).toList();
	}

	@PostMapping
	@Operation(summary = "Add a relation (partners, coordinators)",
			description = "kind: depends-on, funds, regulates, supplies-data-to, decides-on or represents. "
					+ "No relation to itself; the same relation twice answers 409.")
	ResponseEntity<RelationOut> add(@PathVariable long id, @RequestBody RelationBody body) {
		RelationView added = relations.add(id, body.fromId(), body.kind(), body.toId(), body.note());
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/relations/" + added.id()))
			.body(RelationOut.of(added));
	}

	@DeleteMapping("/{relationId}")
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long relationId) {
		relations.remove(id, relationId);
		return ResponseEntity.noContent().build();
	}
}
