package org.atelier.energy;

import java.util.List;

import org.atelier.energy.engine.Fairness;
import org.atelier.energy.engine.Kpis;
import org.atelier.energy.engine.MonthlyBalance;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result JSON of a simulation: {@code {"kpis":{…},"members":[…],"monthly":[…],"fairness":{…}}},
 * plus {@code "series"} with the per-step values when asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimulationResult(Kpis kpis, List<MemberResult> members, List<MonthlyBalance> monthly, Fairness fairness,
		@Nullable StepSeries series) {

	/** One member's outcome for the year (kWh and money in the scenario's currency). */
	public record MemberResult(String name, String category, double share, double loadKwh, double ownPvKwh,
			double ownPvSelfConsumedKwh, double surplusToCommunityKwh, double allocatedKwh, double gridImportKwh,
			double billWithCommunity, double billWithoutCommunity, double saving, double savingPerKwh) {
	}

	/**
	 * The site's values per step (kW; state of charge in kWh at the end of the step). Caps are
	 * {@code null} where there is no limit.
	 */
	public record StepSeries(String start, int stepMinutes, double[] loadKw, double[] pvKw, double[] gridKw,
			double[] batteryKw, double[] socKwh, double[] curtailedKw, @Nullable Double[] importCapKw,
			@Nullable Double[] exportCapKw) {
	}
}
