package org.atelier.energy.bench;

import java.util.concurrent.TimeUnit;

import org.atelier.energy.engine.Strategy;
import org.atelier.energy.engine.Sweep;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A sweep of 1,000 scenarios (40 battery sizes × 25 import caps) over the 100-member site, one
 * year at 15 minutes each, run on all cores as {@code simulate --sweep} does. Single-shot: each
 * measurement is one whole sweep.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SweepBenchmark {

	private CommunitySite site;
	private final double[] capacities = new double[40];
	private final double[] caps = new double[25];

	@Setup(Level.Trial)
	public void build() {
		site = new CommunitySite(100);
		for (int i = 0; i < capacities.length; i++) {
			capacities[i] = 10.0 * i;
		}
		for (int i = 0; i < caps.length; i++) {
			caps[i] = 60 + 5.0 * i;
		}
	}

	@Benchmark
	public Object thousandScenarios() {
		return Sweep.run(site.grid, site.siteLoadKw, site.sitePvKw, site.exportCapKw, site.battery,
			Strategy.SELF_CONSUMPTION_WITH_CAP, capacities, caps, 0.5);
	}
}
