package org.atelier.energy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.atelier.energy.engine.Community;
import org.atelier.energy.engine.CommunityResult;
import org.atelier.energy.engine.Dispatch;
import org.atelier.energy.engine.DispatchResult;
import org.atelier.energy.engine.Kpis;
import org.atelier.energy.engine.MemberOutcome;
import org.atelier.energy.engine.MonthlyBalance;

import tools.jackson.databind.SerializationFeature;

/**
 * Runs a scenario through the engine and writes the result JSON. Stateless; the entry point for
 * the command line now and for the web layer later.
 */
public final class ScenarioSimulation {

	private ScenarioSimulation() {
	}

	/** Reads, validates and simulates scenario JSON; {@code files} opens the series files it names. */
	public static SimulationResult simulate(String scenarioJson, SeriesFiles files, boolean withSeries) {
		return simulate(PreparedScenario.of(ScenarioReader.read(scenarioJson), files), withSeries);
	}

	public static SimulationResult simulate(PreparedScenario p, boolean withSeries) {
		DispatchResult site = Dispatch.run(p.grid, p.siteLoadKw, p.sitePvKw, p.importCapKw, p.exportCapKw, p.battery,
			p.strategy);
		CommunityResult community = Community.allocate(site, p.memberLoadKw, p.memberPvKw, p.shares, p.sharingKey, p.tariff);
		List<SimulationResult.MemberResult> members = new ArrayList<>(p.memberNames.size());
		for (int j = 0; j < p.memberNames.size(); j++) {
			MemberOutcome o = community.members().get(j);
			members.add(new SimulationResult.MemberResult(p.memberNames.get(j), p.categories.get(j), p.shares[j], o.loadKwh(),
				o.ownPvKwh(), o.ownPvSelfConsumedKwh(), o.surplusToCommunityKwh(), o.allocatedKwh(), o.gridImportKwh(),
				o.billWithCommunity(), o.billWithoutCommunity(), o.saving(), o.savingPerKwh()));
		}
		SimulationResult.StepSeries series = withSeries ? new SimulationResult.StepSeries(
			Instant.ofEpochSecond(p.grid.epochSecond(0)).toString(), p.grid.stepMinutes(), site.loadKw(), site.pvKw(),
			site.gridKw(), site.batteryKw(), site.socKwh(), site.curtailedKw(), nullWhereUnlimited(site.importCapKw()),
			nullWhereUnlimited(site.exportCapKw())) : null;
		return new SimulationResult(Kpis.of(site), members, MonthlyBalance.of(site), community.fairness(), series);
	}

	/** The result as indented JSON. */
	public static String toJson(Object result) {
		return ScenarioReader.MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result);
	}

	private static Double[] nullWhereUnlimited(double[] caps) {
		Double[] out = new Double[caps.length];
		for (int i = 0; i < caps.length; i++) {
			out[i] = Double.isInfinite(caps[i]) ? null : caps[i];
		}
		return out;
	}
}
