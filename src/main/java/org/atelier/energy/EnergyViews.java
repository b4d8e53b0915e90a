package org.atelier.energy;

import java.time.Instant;
import java.util.List;

import org.atelier.energy.engine.Calibration;
import org.atelier.energy.engine.Kpis;
import org.jspecify.annotations.Nullable;

/** The read models of stored energy scenarios, their files, runs and calibrations. */
public final class EnergyViews {

	private EnergyViews() {
	}

	/** A scenario in the list, with the key figures of its latest run if any. */
	public record ScenarioSummary(long id, String name, @Nullable String description, int version, Instant updatedAt,
			String updatedBy, @Nullable RunSummary latestRun) {
	}

	/**
	 * A scenario with its JSON, files and runs (newest first). {@code problems} is what keeps it from
	 * running now (empty when it can run).
	 */
	public record ScenarioView(long id, long atelierId, String name, @Nullable String description, String json,
			Scenario scenario, int version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
			List<ScenarioFileView> files, List<RunSummary> runs, List<ScenarioProblem> problems) {

		public boolean runnable() {
			return problems.isEmpty();
		}
	}

	public record ScenarioFileView(long id, String name, ScenarioFileKind kind, int values, long sizeBytes,
			Instant uploadedAt, String uploadedBy) {
	}

	/** A stored run: when, of which version of the scenario, and its key figures. */
	public record RunSummary(long id, long scenarioId, String scenarioName, int scenarioVersion, Instant runAt,
			String runBy, Kpis kpis) {

		/** Whether the import stayed within the connection's cap in every step. */
		public boolean congestionFree() {
			return kpis.stepsImportOverCap() == 0;
		}
	}

	/** A stored run with its full result; the per-step series is read separately. */
	public record RunView(RunSummary summary, SimulationResult result, boolean current,
			List<CalibrationView> calibrations) {
	}

	public record CalibrationView(long id, long runId, String fileName, MonitoringQuantity quantity,
			Calibration.Metrics before, Calibration.@Nullable Fit fit, Instant createdAt, String createdBy) {
	}
}
