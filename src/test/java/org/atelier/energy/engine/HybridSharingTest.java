package org.atelier.energy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneOffset;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The HYBRID key as the engine computes it (one water level per step, found by partitioning)
 * against the plain description done by hand: static shares, then rounds handing the leftover
 * to members still short pro rata of their shares, until nothing is left.
 */
class HybridSharingTest {

	private static final TimeGrid DAY = new TimeGrid(2025, 60, ZoneOffset.UTC, 1);

	@Property(tries = 300)
	void matchesRoundByRoundRedistribution(@ForAll @Size(min = 1, max = 12) double[] rawShares,
			@ForAll @IntRange(min = 0, max = 1000) int seed, @ForAll @DoubleRange(min = 0, max = 3) double pvScale) {
		int m = rawShares.length;
		double[] shares = new double[m];
		double total = 0;
		for (int j = 0; j < m; j++) {
			shares[j] = Math.abs(rawShares[j]) % 10 + (j % 3 == 0 ? 0 : 0.1);
			total += shares[j];
		}
		if (total == 0) {
			shares[0] = 1;
			total = 1;
		}
		for (int j = 0; j < m; j++) {
			shares[j] /= total;
		}
		java.util.Random random = new java.util.Random(seed);
		int n = DAY.steps();
		double[][] loads = new double[m][n];
		double[] site = new double[n];
		double[] pv = new double[n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				loads[j][i] = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 10;
				site[i] += loads[j][i];
			}
			pv[i] = random.nextDouble() * pvScale * site[i];
		}
		double inf = Double.POSITIVE_INFINITY;
		DispatchResult r = Dispatch.run(DAY, site, pv, DAY.constant(inf), DAY.constant(inf), Battery.NONE, Strategy.NONE);
		CommunityResult fast = Community.allocate(r, loads, new double[m][], shares, SharingKey.HYBRID, new Tariff(0, 0, 0));

		double[] expected = new double[m];
		for (int i = 0; i < n; i++) {
			double s = Math.min(site[i], pv[i]);
			double[] need = new double[m];
			double leftover = s;
			for (int j = 0; j < m; j++) {
				double a = Math.min(loads[j][i], shares[j] * s);
				expected[j] += a;
				need[j] = loads[j][i] - a;
				leftover -= a;
			}
			for (int round = 0; round < 10 * m + 10 && leftover > 1e-12; round++) {
				double weight = 0;
				for (int j = 0; j < m; j++) {
					weight += need[j] > 1e-12 ? shares[j] : 0;
				}
				if (weight == 0) {
					break;
				}
				double given = 0;
				for (int j = 0; j < m; j++) {
					if (need[j] > 1e-12) {
						double g = Math.min(need[j], leftover * shares[j] / weight);
						need[j] -= g;
						expected[j] += g;
						given += g;
					}
				}
				leftover -= given;
			}
		}
		for (int j = 0; j < m; j++) {
			assertThat(fast.members().get(j).allocatedKwh()).as("member %d", j).isCloseTo(expected[j], within(1e-6));
		}
	}
}
