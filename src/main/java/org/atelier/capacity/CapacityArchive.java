package org.atelier.capacity;

import java.util.List;

import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveTable;
import org.atelier.shared.archive.UserPolicy;
import org.springframework.stereotype.Component;

/**
 * The core team, skill gaps and funding sources in an archive. A team entry of a member without an
 * account in the importing installation is left out (it would name nobody); a skill gap's owner
 * becomes the importing person. A replica starts without them: people and money are the source's.
 */
@Component
class CapacityArchive implements ArchivePart {

	@Override
	public String name() {
		return "capacity";
	}

	@Override
	public int order() {
		return 95;
	}

	@Override
	public List<ArchiveTable> tables() {
		return List.of(
				ArchiveTable.of("capacity_team_member").key("id").atelier("atelier_id")
					.user("user_id", UserPolicy.DROP_ROW).build(),
				ArchiveTable.of("capacity_skill_gap").key("id").atelier("atelier_id")
					.user("owner_id", UserPolicy.IMPORTER).build(),
				ArchiveTable.of("capacity_funding_source").values("funding_type", FundingType.class).values("status", FundingStatus.class).key("id").atelier("atelier_id").build());
	}
}
