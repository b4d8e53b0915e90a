package org.atelier.energy;

import java.util.List;
import java.util.Map;

import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveTable;
import org.springframework.stereotype.Component;

/**
 * Energy scenarios in an archive: the scenario JSON, its series files, the kept runs with their
 * series and the calibrations (scenario JSON, files and series travel as attachments). A replica
 * starts without scenarios: they describe the source's site.
 */
@Component
class EnergyArchive implements ArchivePart {

	@Override
	public String name() {
		return "energy";
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public Map<String, String> linkKinds() {
		return Map.of(EnergyTargets.RUN_KIND, "energy_run", EnergyTargets.CALIBRATION_KIND, "energy_calibration");
	}

	@Override
	public List<ArchiveTable> tables() {
		return List.of(ArchiveTable.of("energy_scenario").key("id").atelier("atelier_id").build(),
				ArchiveTable.of("energy_scenario_file").values("kind", ScenarioFileKind.class).key("id").parent("scenario_id", "energy_scenario").build(),
				ArchiveTable.of("energy_run").key("id").atelier("atelier_id").ref("scenario_id", "energy_scenario")
					.build(),
				ArchiveTable.of("energy_calibration").values("quantity", MonitoringQuantity.class).key("id").atelier("atelier_id").ref("run_id", "energy_run")
					.build());
	}
}
