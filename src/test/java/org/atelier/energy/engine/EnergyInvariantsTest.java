package org.atelier.energy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants over random sites: energy is conserved, the battery stays inside its window,
 * export never exceeds the cap, curtailment never exceeds PV, and the community never hands
 * out more than a member's shortfall or more than is available.
 */
class EnergyInvariantsTest {

	record Site(int stepMinutes, double[] load, double[] pv, double importCap, double exportCap, Battery battery,
			Strategy strategy, int members, SharingKey key) {
	}

	private static final int DAYS = 2;

	@Provide
	Arbitrary<Site> sites() {
		Arbitrary<Integer> step = Arbitraries.of(15, 60);
		Arbitrary<Battery> battery = Combinators.combine(
				Arbitraries.doubles().between(0, 200), Arbitraries.doubles().between(0, 100),
				Arbitraries.doubles().between(0.5, 1.0), Arbitraries.doubles().between(0, 0.5),
				Arbitraries.doubles().between(0.5, 1.0), Arbitraries.doubles().between(0, 1))
			.as((c, p, eta, min, max, start) -> new Battery(c, p, eta, min, max, Math.min(max, min + start * (max - min))));
		Arbitrary<Double> cap = Arbitraries.oneOf(Arbitraries.doubles().between(0, 100),
			Arbitraries.just(Double.POSITIVE_INFINITY));
		return step.flatMap(minutes -> {
			int n = DAYS * 1440 / minutes;
			Arbitrary<double[]> series = Arbitraries.doubles().between(0, 150).array(double[].class).ofSize(n);
			return Combinators.combine(series, series, cap, cap, battery, Arbitraries.of(Strategy.class),
					Arbitraries.integers().between(1, 6), Arbitraries.of(SharingKey.class))
				.as((load, pv, ic, ec, b, s, m, k) -> new Site(minutes, load, pv, ic, ec, b, s, m, k));
		});
	}

	@Property(tries = 300)
	void energyIsConservedAndLimitsHold(@ForAll("sites") Site site) {
		TimeGrid grid = new TimeGrid(2025, site.stepMinutes(), ZoneOffset.UTC, DAYS);
		DispatchResult r = Dispatch.run(grid, site.load(), site.pv(), grid.constant(site.importCap()),
			grid.constant(site.exportCap()), site.battery(), site.strategy());
		Kpis k = Kpis.of(r);
		double scale = Math.max(1, k.annualLoadKwh() + k.annualPvKwh());
		assertThat(Math.abs(k.conservationErrorKwh())).isLessThan(1e-9 * scale);
		Battery b = site.battery();
		for (int i = 0; i < grid.steps(); i++) {
			assertThat(r.socKwh()[i]).isBetween(b.minKwh() - 1e-9, b.maxKwh() + 1e-9);
			assertThat(Math.abs(r.batteryKw()[i])).isLessThanOrEqualTo(b.powerKw() + 1e-9);
			assertThat(-r.gridKw()[i]).isLessThanOrEqualTo(site.exportCap() + 1e-9);
			assertThat(r.curtailedKw()[i]).isBetween(0.0, site.pv()[i] + 1e-9);
		}
		if (site.strategy() == Strategy.NONE) {
			assertThat(k.batteryChargeKwh()).isZero();
		}
	}

	@Property(tries = 200)
	void communityAllocationsStayWithinShortfallsAndSupply(@ForAll("sites") Site site) {
		TimeGrid grid = new TimeGrid(2025, site.stepMinutes(), ZoneOffset.UTC, DAYS);
		int m = site.members();
		int n = grid.steps();
		double[][] loads = new double[m][n];
		double[][] pvs = new double[m][];
		double[] shares = new double[m];
		double[] total = new double[n];
		double[] totalPv = site.pv().clone();
		for (int j = 0; j < m; j++) {
			shares[j] = 1.0 / m;
			for (int i = 0; i < n; i++) {
				loads[j][i] = site.load()[(i + j * 7) % n] / m;
				total[i] += loads[j][i];
			}
			if (j % 2 == 1) {
				pvs[j] = new double[n];
				for (int i = 0; i < n; i++) {
					pvs[j][i] = site.pv()[(i + j) % n] / (2 * m);
					totalPv[i] += pvs[j][i];
				}
			}
		}
		DispatchResult r = Dispatch.run(grid, total, totalPv, grid.constant(site.importCap()),
			grid.constant(site.exportCap()), site.battery(), site.strategy());
		CommunityResult c = Community.allocate(r, loads, pvs, shares, site.key(), new Tariff(0.1, 0.3, 0.05));
		double allocated = 0;
		for (MemberOutcome o : c.members()) {
			double shortfall = o.loadKwh() - o.ownPvSelfConsumedKwh();
			assertThat(o.allocatedKwh()).isBetween(-1e-9, shortfall + 1e-6);
			assertThat(o.gridImportKwh()).isGreaterThanOrEqualTo(0);
			assertThat(o.allocatedKwh() + o.gridImportKwh()).isCloseTo(shortfall, org.assertj.core.data.Offset.offset(1e-6));
			allocated += o.allocatedKwh();
		}
		Kpis k = Kpis.of(r);
		// what members are allocated came from PV or the battery, never from the grid
		double local = k.annualPvKwh() - k.curtailedKwh() + k.batteryDischargeKwh();
		assertThat(allocated).isLessThanOrEqualTo(local + 1e-6);
		assertThat(c.fairness().spreadSavingPerKwh()).isGreaterThanOrEqualTo(0);
	}
}
