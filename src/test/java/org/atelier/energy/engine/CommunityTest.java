package org.atelier.energy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * Each sharing key on a hand-computed case. Members A and B, no own PV, static shares 0.75 and
 * 0.25; shared PV, no battery, no caps. Prices: internal 0.10, retail 0.30, feed-in 0.05.
 *
 * <pre>
 * hour  shared PV  load A  load B  available S
 *  0        4        1       3        4
 *  1        2        1       3        2   (2 kWh imported)
 *  2        0        1       1        0
 * </pre>
 */
class CommunityTest {

	private static final TimeGrid DAY = new TimeGrid(2025, 60, ZoneOffset.UTC, 1);
	private static final Tariff TARIFF = new Tariff(0.10, 0.30, 0.05);

	private static CommunityResult share(SharingKey key) {
		double[] a = new double[24];
		double[] b = new double[24];
		double[] pv = new double[24];
		a[0] = 1;
		a[1] = 1;
		a[2] = 1;
		b[0] = 3;
		b[1] = 3;
		b[2] = 1;
		pv[0] = 4;
		pv[1] = 2;
		double[] load = new double[24];
		for (int i = 0; i < 24; i++) {
			load[i] = a[i] + b[i];
		}
		double inf = Double.POSITIVE_INFINITY;
		DispatchResult site = Dispatch.run(DAY, load, pv, DAY.constant(inf), DAY.constant(inf), Battery.NONE, Strategy.NONE);
		return Community.allocate(site, new double[][] { a, b }, new double[][] { null, null }, new double[] { 0.75, 0.25 },
			key, TARIFF);
	}

	@Test
	void staticSendsUnusedSharesToTheGrid() {
		CommunityResult r = share(SharingKey.STATIC);
		// hour 0: A min(1, 3) = 1, B min(3, 1) = 1; hour 1: A min(1, 1.5) = 1, B min(3, 0.5) = 0.5
		assertThat(r.members().get(0).allocatedKwh()).isCloseTo(2, within(1e-9));
		assertThat(r.members().get(1).allocatedKwh()).isCloseTo(1.5, within(1e-9));
		assertThat(r.members().get(1).gridImportKwh()).isCloseTo(5.5, within(1e-9));
	}

	@Test
	void proportionalFollowsEachStepsShortfall() {
		CommunityResult r = share(SharingKey.PROPORTIONAL);
		// hour 0: everyone covered; hour 1: half of each shortfall
		assertThat(r.members().get(0).allocatedKwh()).isCloseTo(1.5, within(1e-9));
		assertThat(r.members().get(1).allocatedKwh()).isCloseTo(4.5, within(1e-9));
	}

	@Test
	void hybridRedistributesLeftoversToMembersStillShort() {
		CommunityResult r = share(SharingKey.HYBRID);
		// hour 0: static A 1, B 1, leftover 2 to B → B 3; hour 1: static A 1, B 0.5, leftover 0.5 to B → B 1
		MemberOutcome a = r.members().get(0);
		MemberOutcome b = r.members().get(1);
		assertThat(a.allocatedKwh()).isCloseTo(2, within(1e-9));
		assertThat(b.allocatedKwh()).isCloseTo(4, within(1e-9));
		// A: 2·0.1 + 1·0.3 = 0.5 against 3·0.3 = 0.9; B: 4·0.1 + 3·0.3 = 1.3 against 7·0.3 = 2.1
		assertThat(a.billWithCommunity()).isCloseTo(0.5, within(1e-9));
		assertThat(a.billWithoutCommunity()).isCloseTo(0.9, within(1e-9));
		assertThat(a.saving()).isCloseTo(0.4, within(1e-9));
		assertThat(b.billWithCommunity()).isCloseTo(1.3, within(1e-9));
		assertThat(b.saving()).isCloseTo(0.8, within(1e-9));
		// savings per kWh: A 0.4/3, B 0.8/7
		assertThat(r.fairness().maxSavingPerKwh()).isCloseTo(0.4 / 3, within(1e-9));
		assertThat(r.fairness().minSavingPerKwh()).isCloseTo(0.8 / 7, within(1e-9));
		assertThat(r.fairness().spreadSavingPerKwh()).isCloseTo(0.4 / 3 - 0.8 / 7, within(1e-9));
		assertThat(r.fairness().meanSavingPerKwh()).isCloseTo((0.4 / 3 + 0.8 / 7) / 2, within(1e-9));
	}

	@Test
	void ownPvCoversTheOwnerFirstAndItsSurplusServesTheOthers() {
		// C: load 0.5, own PV 2 → surplus 1.5; D: load 3 → 1.5 from C's surplus, 1.5 imported
		double[] c = new double[24];
		double[] cPv = new double[24];
		double[] d = new double[24];
		c[0] = 0.5;
		cPv[0] = 2;
		d[0] = 3;
		double[] load = new double[24];
		load[0] = 3.5;
		double inf = Double.POSITIVE_INFINITY;
		DispatchResult site = Dispatch.run(DAY, load, cPv.clone(), DAY.constant(inf), DAY.constant(inf), Battery.NONE,
			Strategy.NONE);
		CommunityResult r = Community.allocate(site, new double[][] { c, d }, new double[][] { cPv, null },
			new double[] { 0.5, 0.5 }, SharingKey.PROPORTIONAL, TARIFF);
		MemberOutcome owner = r.members().get(0);
		MemberOutcome other = r.members().get(1);
		assertThat(owner.ownPvSelfConsumedKwh()).isCloseTo(0.5, within(1e-9));
		assertThat(owner.surplusToCommunityKwh()).isCloseTo(1.5, within(1e-9));
		assertThat(owner.billWithCommunity()).isCloseTo(-0.15, within(1e-9));
		assertThat(owner.billWithoutCommunity()).isCloseTo(-0.075, within(1e-9));
		assertThat(other.allocatedKwh()).isCloseTo(1.5, within(1e-9));
		assertThat(other.gridImportKwh()).isCloseTo(1.5, within(1e-9));
		assertThat(other.saving()).isCloseTo(0.9 - 0.6, within(1e-9));
	}
}
