package org.atelier.energy.api;

import java.time.Instant;
import java.util.List;

import org.atelier.energy.EnergyViews;
import org.atelier.energy.ScenarioProblem;
import org.atelier.energy.SimulationResult;
import org.atelier.energy.engine.Calibration;
import org.atelier.energy.engine.Kpis;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import tools.jackson.databind.JsonNode;

/** JSON bodies of the energy API. */
final class EnergyJson {

	private EnergyJson() {
	}

	/** {@code {"modelled":[…],"measured":[…]}}: two aligned series of the same step. */
	record CalibrationBody(double @Nullable [] modelled, double @Nullable [] measured) {
	}

	record MetricsOut(double nmbePercent, double cvrmsePercent, boolean withinGuideline14Hourly) {
		static MetricsOut of(Calibration.Metrics m) {
			return new MetricsOut(m.nmbePercent(), m.cvrmsePercent(), m.withinGuideline14Hourly());
		}
	}

	/** A stored scenario to create or replace: {@code scenario} is scenario JSON as the command line reads it. */
	record ScenarioBody(@Nullable String name, @Nullable String description, @Nullable JsonNode scenario) {
	}

	record ProblemOut(String field, String message) {
		static ProblemOut of(ScenarioProblem p) {
			return new ProblemOut(p.path(), p.message());
		}
	}

	record FileOut(long id, String name, String kind, int values, long sizeBytes, Instant uploadedAt, String uploadedBy) {
		static FileOut of(EnergyViews.ScenarioFileView f) {
			return new FileOut(f.id(), f.name(), f.kind().key(), f.values(), f.sizeBytes(), f.uploadedAt(), f.uploadedBy());
		}
	}

	record RunSummaryOut(long id, long scenarioId, int scenarioVersion, Instant runAt, String runBy, Kpis kpis) {
		static RunSummaryOut of(EnergyViews.RunSummary r) {
			return new RunSummaryOut(r.id(), r.scenarioId(), r.scenarioVersion(), r.runAt(), r.runBy(), r.kpis());
		}
	}

	record ScenarioSummaryOut(long id, String name, @Nullable String description, int version, Instant updatedAt,
			String updatedBy, @Nullable RunSummaryOut latestRun) {
		static ScenarioSummaryOut of(EnergyViews.ScenarioSummary s) {
			return new ScenarioSummaryOut(s.id(), s.name(), s.description(), s.version(), s.updatedAt(), s.updatedBy(),
					s.latestRun() == null ? null : RunSummaryOut.of(s.latestRun()));
		}
	}

	record ScenarioOut(long id, String name, @Nullable String description, int version, Instant createdAt,
			String createdBy, Instant updatedAt, String updatedBy, @JsonRawValue String scenario, List<FileOut> files,
			List<RunSummaryOut> results, boolean runnable, List<ProblemOut> problems) {
		static ScenarioOut of(EnergyViews.ScenarioView s) {
			return new ScenarioOut(s.id(), s.name(), s.description(), s.version(), s.createdAt(), s.createdBy(),
					s.updatedAt(), s.updatedBy(), s.json(), s.files().stream().map(FileOut::of).toList(),
					s.runs().stream().map(RunSummaryOut::of).toList(), s.runnable(),
					s.problems().stream().map(ProblemOut::of).toList());
		}
	}

	/** A stored run: its identity, whether the scenario is unchanged since, and the simulation result. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ResultOut(long id, long scenarioId, int scenarioVersion, boolean current, Instant runAt, String runBy,
			SimulationResult result, List<CalibrationOut> calibrations) {
	}

	record CalibrationRequest(@Nullable Long fileId, @Nullable String quantity) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CalibrationOut(long id, long resultId, String file, String quantity, MetricsOut metrics,
			@Nullable FitOut fit, Instant createdAt, String createdBy) {
		static CalibrationOut of(EnergyViews.CalibrationView c) {
			return new CalibrationOut(c.id(), c.runId(), c.fileName(), c.quantity().key(), MetricsOut.of(c.before()),
					c.fit() == null ? null : new FitOut(c.fit().loadScale(), c.fit().pvFactor(), c.fit().pvLossFactor(),
							MetricsOut.of(c.fit().after())),
					c.createdAt(), c.createdBy());
		}
	}

	record FitOut(double loadScale, double pvFactor, double pvLossFactor, MetricsOut after) {
	}
}
