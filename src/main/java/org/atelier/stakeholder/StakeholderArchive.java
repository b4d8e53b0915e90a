package org.atelier.stakeholder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveProblems;
import org.atelier.shared.archive.ArchiveSection;
import org.atelier.shared.archive.ArchiveTable;
import org.atelier.shared.archive.UserPolicy;
import org.springframework.stereotype.Component;

/**
 * The stakeholder register in an archive: organisations with their commitment history, contacts,
 * value propositions, relations, the map history and the commitment documents, whose bytes become
 * attachment files and must again be of the format their record claims. Nothing of the register
 * goes into a replica: it holds other cities' organisations and people.
 */
@Component
class StakeholderArchive implements ArchivePart {

	@Override
	public String name() {
		return "stakeholder";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Map<String, String> linkKinds() {
		return Map.of("stakeholder", "stakeholder", ContactTargets.KIND, "stakeholder_contact");
	}

	@Override
	public List<ArchiveTable> tables() {
		return List.of(
				ArchiveTable.of("stakeholder").values("commitment", CommitmentStatus.class).values("org_type", OrganisationType.class).key("id").atelier("atelier_id").build(),
				ArchiveTable.of("stakeholder_commitment").parent("stakeholder_id", "stakeholder")
					.orderBy("stakeholder_id, seq").user("changed_by_id", UserPolicy.CLEAR).build(),
				ArchiveTable.of("stakeholder_contact").key("id").parent("stakeholder_id", "stakeholder").build(),
				ArchiveTable.of("stakeholder_value").parent("stakeholder_id", "stakeholder").orderBy("stakeholder_id")
					.build(),
				ArchiveTable.of("stakeholder_relation").values("kind", RelationKind.class).key("id").atelier("atelier_id").ref("from_id", "stakeholder")
					.ref("to_id", "stakeholder").build(),
				ArchiveTable.of("stakeholder_map_state").values("commitment", CommitmentStatus.class).values("engagement_now", Engagement.class).values("engagement_desired", Engagement.class).values("sector", HelixSector.class).key("id").atelier("atelier_id")
					.ref("stakeholder_id", "stakeholder").build(),
				ArchiveTable.of("stakeholder_relation_log").values("kind", RelationKind.class).atelier("atelier_id").orderBy("relation_id")
					.ref("relation_id", "stakeholder_relation").ref("from_id", "stakeholder")
					.ref("to_id", "stakeholder").build(),
				ArchiveTable.of("stakeholder_document").values("kind", DocumentKind.class).key("id").atelier("atelier_id")
					.ref("stakeholder_id", "stakeholder").user("uploaded_by_id", UserPolicy.CLEAR)
					.fresh("stored_name", () -> UUID.randomUUID().toString()).build(),
				ArchiveTable.of("stakeholder_document_content").parent("document_id", "stakeholder_document")
					.orderBy("document_id").build());
	}

	/** A document's content must be of a format the register accepts, and the one its record names. */
	@Override
	public void check(ArchiveSection section, ArchiveProblems problems) {
		List<Map<String, Object>> documents = section.rows("stakeholder_document");
		List<Map<String, Object>> contents = section.rows("stakeholder_document_content");
		for (int i = 0; i < contents.size(); i++) {
			Object entry = contents.get(i).get("content");
			byte[] bytes = entry instanceof String name ? section.attachment(name) : null;
			if (bytes == null) {
				continue;
			}
			Object documentRef = contents.get(i).get("document_id");
			Object mediaType = documents.stream().filter(d -> documentRef != null && documentRef.equals(d.get("ref")))
				.findFirst().map(d -> d.get("media_type")).orElse(null);
			boolean fits = DocumentFormat.recognise(bytes).map(f -> f.mediaType().equals(mediaType)).orElse(false);
			if (!fits) {
				problems.add(entry + " (" + section.location("stakeholder_document_content", i) + ".content)",
						"archive.attachment.format");
			}
		}
	}
}
