package org.atelier.energy.bench;

import java.util.concurrent.TimeUnit;

import org.atelier.energy.engine.Community;
import org.atelier.energy.engine.CommunityResult;
import org.atelier.energy.engine.Dispatch;
import org.atelier.energy.engine.DispatchResult;
import org.atelier.energy.engine.Kpis;
import org.atelier.energy.engine.MonthlyBalance;
import org.atelier.energy.engine.SharingKey;
import org.atelier.energy.engine.Strategy;
import org.atelier.energy.engine.Tariff;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One simulated year at 15-minute steps (35,040 steps) of an energy community: site dispatch
 * with a shared battery and caps, the KPIs, the monthly balance, and the member allocation with
 * bills and fairness. Sample mode, so JMH reports the median (p0.50).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CommunityYearBenchmark {

	@Param({ "100", "1000" })
	int members;

	@Param({ "HYBRID", "PROPORTIONAL", "STATIC" })
	SharingKey key;

	private CommunitySite site;
	private final Tariff tariff = new Tariff(0.15, 0.35, 0.05);

	@Setup(Level.Trial)
	public void build() {
		site = new CommunitySite(members);
	}

	@Benchmark
	public void year(Blackhole bh) {
		DispatchResult r = Dispatch.run(site.grid, site.siteLoadKw, site.sitePvKw, site.importCapKw, site.exportCapKw,
			site.battery, Strategy.SELF_CONSUMPTION_WITH_CAP);
		bh.consume(Kpis.of(r));
		bh.consume(MonthlyBalance.of(r));
		CommunityResult c = Community.allocate(r, site.memberLoadKw, site.memberPvKw, site.shares, key, tariff);
		bh.consume(c);
	}
}
