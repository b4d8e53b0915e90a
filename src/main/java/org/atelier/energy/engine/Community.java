package org.atelier.energy.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Divides a site's locally produced and stored energy among the members of an energy community
 * and works out their bills.
 *
 * <p>Per step and member: own PV first covers the member's own load; what is left of the load
 * is the member's shortfall d; own PV beyond the load is surplus delivered to the community.
 * The community energy available to members is S = Σ d − (import that went to loads), where
 * the import that went to loads is max(0, load − delivered PV − battery discharge): everything
 * the members consumed beyond their own PV that did not come from the grid. The sharing key
 * divides S among the shortfalls; what a member is not allocated it buys from the grid. With
 * {@link SharingKey#STATIC} an unused share is counted as fed into the grid, so the allocations
 * may add up to less than S.
 *
 * <p>Bills: with the community a member pays the internal price for allocated energy and the
 * retail price for its remaining shortfall, and receives the internal price for its surplus
 * (the community buys members' surplus and sells what it cannot use to the grid). Without the
 * community the member has only its own PV: it pays retail for its shortfall and receives the
 * feed-in price for its surplus.
 */
public final class Community {

	private static final double EPS = 1e-12;

	private Community() {
	}

	/**
	 * @param site the dispatched site (its load must be the members' loads added up, its PV the
	 *        shared PV plus the members' own)
	 * @param memberLoadKw per member, load per step
	 * @param memberPvKw per member, own PV per step, or {@code null} for a member without PV
	 * @param shares per member, the static share (used by STATIC and HYBRID; sums to 1)
	 */
	public static CommunityResult allocate(DispatchResult site, double[][] memberLoadKw, double[][] memberPvKw,
			double[] shares, SharingKey key, Tariff tariff) {
		int m = memberLoadKw.length;
		int n = site.grid().steps();
		double h = site.grid().stepHours();
		if (memberPvKw.length != m || shares.length != m) {
			throw new IllegalArgumentException("members' loads, PV and shares differ in number");
		}
		double[] loadKwh = new double[m], ownKwh = new double[m], selfKwh = new double[m], surplusKwh = new double[m],
			shortKwh = new double[m], allocKwh = new double[m];

		// shortfall per step added up over members; per member totals (member-major: cache friendly)
		double[] shortfallKw = new double[n];
		for (int j = 0; j < m; j++) {
			double[] load = memberLoadKw[j];
			double[] pv = memberPvKw[j];
			double l = 0, own = 0, self = 0, sur = 0, sh = 0;
			for (int i = 0; i < n; i++) {
				double li = load[i];
				double pi = pv == null ? 0 : pv[i];
				double d = li - pi;
				l += li;
				own += pi;
				if (d > 0) {
					shortfallKw[i] += d;
					sh += d;
					self += pi;
				} else {
					sur -= d;
					self += li;
				}
			}
			loadKwh[j] = l * h;
			ownKwh[j] = own * h;
			selfKwh[j] = self * h;
			surplusKwh[j] = sur * h;
			shortKwh[j] = sh * h;
		}

		// community energy available to members per step
		double[] availableKw = new double[n];
		for (int i = 0; i < n; i++) {
			double delivered = site.pvKw()[i] - site.curtailedKw()[i];
			double discharge = Math.max(0, -site.batteryKw()[i]);
			double importToLoads = Math.max(0, site.loadKw()[i] - delivered - discharge);
			availableKw[i] = Math.max(0, Math.min(shortfallKw[i], shortfallKw[i] - importToLoads));
		}

		switch (key) {
			case STATIC -> {
				for (int j = 0; j < m; j++) {
					allocKwh[j] = staticAllocation(memberLoadKw[j], memberPvKw[j], shares[j], availableKw) * h;
				}
			}
			case PROPORTIONAL -> {
				double[] ratio = new double[n];
				for (int i = 0; i < n; i++) {
					ratio[i] = shortfallKw[i] > EPS ? availableKw[i] / shortfallKw[i] : 0;
				}
				for (int j = 0; j < m; j++) {
					double[] load = memberLoadKw[j];
					double[] pv = memberPvKw[j];
					double a = 0;
					for (int i = 0; i < n; i++) {
						double d = load[i] - (pv == null ? 0 : pv[i]);
						if (d > 0) {
							a += d * ratio[i];
						}
					}
					allocKwh[j] = a * h;
				}
			}
			case HYBRID -> hybrid(memberLoadKw, memberPvKw, shares, availableKw, allocKwh, h);
		}

		List<MemberOutcome> outcomes = new ArrayList<>(m);
		for (int j = 0; j < m; j++) {
			double gridImport = Math.max(0, shortKwh[j] - allocKwh[j]);
			double with = allocKwh[j] * tariff.internalPerKwh() + gridImport * tariff.retailPerKwh()
				- surplusKwh[j] * tariff.internalPerKwh();
			double without = shortKwh[j] * tariff.retailPerKwh() - surplusKwh[j] * tariff.feedInPerKwh();
			double saving = without - with;
			outcomes.add(new MemberOutcome(loadKwh[j], ownKwh[j], selfKwh[j], surplusKwh[j], allocKwh[j], gridImport,
				with, without, saving, loadKwh[j] > 0 ? saving / loadKwh[j] : 0));
		}
		return new CommunityResult(outcomes, Fairness.of(outcomes));
	}

	private static double staticAllocation(double[] load, double[] pv, double share, double[] availableKw) {
		double a = 0;
		for (int i = 0; i < load.length; i++) {
			double d = load[i] - (pv == null ? 0 : pv[i]);
			if (d > 0) {
				a += Math.min(d, share * availableKw[i]);
			}
		}
		return a;
	}

	/** Static first, then water-filling of the leftover over members still short, pro rata of their shares. */
	private static void hybrid(double[][] memberLoadKw, double[][] memberPvKw, double[] shares, double[] availableKw,
			double[] allocKwh, double h) {
		int m = memberLoadKw.length;
		int n = availableKw.length;
		double[] need = new double[m];
		for (int i = 0; i < n; i++) {
			double s = availableKw[i];
			if (s <= EPS) {
				continue;
			}
			double leftover = s;
			for (int j = 0; j < m; j++) {
				double[] pv = memberPvKw[j];
				double d = Math.max(0, memberLoadKw[j][i] - (pv == null ? 0 : pv[i]));
				double a = Math.min(d, shares[j] * s);
				need[j] = d - a;
				allocKwh[j] += a * h;
				leftover -= a;
			}
			while (leftover > EPS) {
				double weight = 0;
				for (int j = 0; j < m; j++) {
					if (need[j] > EPS) {
						weight += shares[j];
					}
				}
				if (weight <= EPS) {
					break;
				}
				double given = 0;
				for (int j = 0; j < m; j++) {
					if (need[j] > EPS) {
						double g = Math.min(need[j], leftover * shares[j] / weight);
						need[j] -= g;
						allocKwh[j] += g * h;
						given += g;
					}
				}
				leftover -= given;
				if (given <= EPS) {
					break;
				}
			}
		}
	}
}
