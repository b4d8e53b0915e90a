package org.atelier.assessment;

import java.util.List;

import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveTable;
import org.atelier.shared.archive.UserPolicy;
import org.springframework.stereotype.Component;

/**
 * Assessments in an archive: each assessment with its answers and the target levels. An answer
 * whose respondent has no account in the importing installation is left out (it is that
 * person's view); a replica keeps only the target levels.
 */
@Component
class AssessmentArchive implements ArchivePart {

	@Override
	public String name() {
		return "assessment";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public java.util.Map<String, String> linkKinds() {
		return java.util.Map.of(AssessmentTargets.KIND, "assessment");
	}

	@Override
	public List<ArchiveTable> tables() {
		return List.of(
				ArchiveTable.of("assessment").key("id").atelier("atelier_id").user("opened_by", UserPolicy.IMPORTER)
					.build(),
				ArchiveTable.of("assessment_answer").key("id").parent("assessment_id", "assessment")
					.user("respondent_id", UserPolicy.DROP_ROW).build(),
				ArchiveTable.of("assessment_target").atelier("atelier_id").orderBy("group_key").structureAsIs()
					.build());
	}
}
