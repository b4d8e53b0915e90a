package org.atelier.energy;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.atelier.energy.EnergyViews.CalibrationView;
import org.atelier.energy.EnergyViews.RunSummary;
import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargetSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets other modules' records point at a stored simulation run (kind {@code energy-run}) or at a
 * calibration of a run against monitoring data ({@code energy-calibration}), so that a hypothesis
 * can cite them as evidence.
 */
@Configuration(proxyBeanMethods = false)
class EnergyTargets {

	public static final String RUN_KIND = "energy-run";
	public static final String CALIBRATION_KIND = "energy-calibration";
	private static final int PICK_LIST = 50;

	@Bean
	LinkTargetSource energyRunTargets(EnergyScenarios scenarios) {
		return new LinkTargetSource() {
			@Override
			public String kind() {
				return RUN_KIND;
			}

			@Override
			public Optional<LinkTarget> find(long atelierId, long id) {
				return scenarios.runSummary(atelierId, id).map(r -> run(atelierId, r));
			}

			@Override
			public List<LinkTarget> candidates(long atelierId) {
				return scenarios.recentRuns(atelierId, PICK_LIST).stream().map(r -> run(atelierId, r)).toList();
			}
		};
	}

	@Bean
	LinkTargetSource energyCalibrationTargets(EnergyScenarios scenarios) {
		return new LinkTargetSource() {
			@Override
			public String kind() {
				return CALIBRATION_KIND;
			}

			@Override
			public Optional<LinkTarget> find(long atelierId, long id) {
				return scenarios.calibration(atelierId, id).map(e -> calibration(atelierId, e.getKey(), e.getValue()));
			}

			@Override
			public List<LinkTarget> candidates(long atelierId) {
				return scenarios.recentCalibrations(atelierId, PICK_LIST).stream()
					.map(e -> calibration(atelierId, e.getKey(), e.getValue())).toList();
			}
		};
	}

	static String runPath(long atelierId, long scenarioId, long runId) {
		return "/ateliers/" + atelierId + "/energy/scenarios/" + scenarioId + "/runs/" + runId;
	}

	private static LinkTarget run(long atelierId, RunSummary r) {
		return new LinkTarget(RUN_KIND, r.id(), r.scenarioName() + " #" + r.id() + " ("
				+ r.runAt().atOffset(ZoneOffset.UTC).toLocalDate() + ")", runPath(atelierId, r.scenarioId(), r.id()));
	}

	private static LinkTarget calibration(long atelierId, long scenarioId, CalibrationView c) {
		return new LinkTarget(CALIBRATION_KIND, c.id(), c.fileName() + " · " + c.quantity().key() + " · CV(RMSE) "
				+ String.format(Locale.ROOT, "%.1f", c.before().cvrmsePercent()) + " % (#" + c.runId() + ")",
				runPath(atelierId, scenarioId, c.runId()) + "#calibration-" + c.id());
	}
}
