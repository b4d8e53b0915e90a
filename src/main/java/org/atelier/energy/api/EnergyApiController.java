package org.atelier.energy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.energy.InvalidScenarioException;
import org.atelier.energy.ScenarioSimulation;
import org.atelier.energy.SeriesFiles;
import org.atelier.energy.SimulationResult;
import org.atelier.energy.engine.Calibration;
import org.atelier.shared.FieldProblem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The energy engine over HTTP, without storage: simulate a scenario given as JSON (the format of
 * the command line, series inline) and compute the calibration metrics of two series. Open to every
 * signed-in user, since nothing of an atelier is read or written.
 */
@RestController
@Tag(name = "Energy", description = "Energy feasibility simulations and calibration metrics")
class EnergyApiController {

	@PostMapping(path = "/api/v1/energy/simulations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Simulate a scenario (nothing is stored)",
			description = "The body is scenario JSON: site, stepMinutes, pv, members, battery, grid, strategy, sharing. "
					+ "Series must be given inline (valuesKw, one value per step); file references are refused. "
					+ "The answer is {kpis, members, monthly, fairness}; series=true adds the per-step series. "
					+ "Every problem is listed with its field path.")
	SimulationResult simulate(@RequestBody String scenario, @RequestParam(defaultValue = "false") boolean series) {
		try {
			return ScenarioSimulation.simulate(scenario, SeriesFiles.NONE, series);
		}
		catch (InvalidScenarioException e) {
			throw e.toFieldProblem("");
		}
	}

	@PostMapping(path = "/api/v1/energy/calibrations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "NMBE and CV(RMSE) of a modelled series against a measured one",
			description = "After ASHRAE Guideline 14-2014 with p = 1; withinGuideline14Hourly is |NMBE| ≤ 10 % and "
					+ "CV(RMSE) ≤ 30 %. Both series must have the same length and step.")
	EnergyJson.MetricsOut calibrate(@RequestBody EnergyJson.CalibrationBody body) {
		if (body.modelled() == null || body.modelled().length < 2) {
			throw new FieldProblem("modelled", "energy.calibration.series.required");
		}
		if (body.measured() == null || body.measured().length < 2) {
			throw new FieldProblem("measured", "energy.calibration.series.required");
		}
		if (body.modelled().length != body.measured().length) {
			throw new FieldProblem("measured", "energy.calibration.length", body.measured().length,
					body.modelled().length);
		}
		try {
			return EnergyJson.MetricsOut.of(Calibration.metrics(body.modelled(), body.measured()));
		}
		catch (IllegalArgumentException e) {
			throw new FieldProblem("measured", "energy.calibration.undefined");
		}
	}
}
