package org.atelier.strategy;

import java.util.List;

import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveTable;
import org.atelier.shared.archive.UserPolicy;
import org.springframework.stereotype.Component;

/**
 * Vision, mission and strategy in an archive: every revision with its objectives and
 * endorsements. An endorsement by someone without an account in the importing installation is
 * left out. A replica starts without a strategy: it is the new atelier's own to write.
 */
@Component
class StrategyArchive implements ArchivePart {

	@Override
	public String name() {
		return "strategy";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<ArchiveTable> tables() {
		return List.of(
				ArchiveTable.of("strategy_statement").key("id").atelier("atelier_id")
					.user("author_id", UserPolicy.IMPORTER).build(),
				ArchiveTable.of("strategy_objective").parent("statement_id", "strategy_statement")
					.orderBy("statement_id, seq").user("owner_id", UserPolicy.CLEAR).build(),
				ArchiveTable.of("strategy_endorsement").key("id").parent("statement_id", "strategy_statement")
					.user("user_id", UserPolicy.DROP_ROW).build());
	}
}
