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

	/**
	 * Static first, then the leftover goes to members still short, pro rata of their shares,
	 * until nothing is left or nobody with a share is short. Handing the leftover out round after
	 * round pro rata of the shares of those still short ends where every member still short has
	 * received min(need_j, w_j·λ) for one water level λ with Σ min(need_j, w_j·λ) = leftover.
	 * That λ is found exactly in expected linear time by partitioning around pivot ratios
	 * need_j / w_j (the selection idea of Kiwiel (2008), "Breakpoint searching algorithms for the
	 * continuous quadratic knapsack problem", Math. Programming 112), instead of running rounds.
	 */
	private static void hybrid(double[][] memberLoadKw, double[][] memberPvKw, double[] shares, double[] availableKw,
			double[] allocKwh, double h) {
		int m = memberLoadKw.length;
		int n = availableKw.length;
		double[] need = new double[m];
		double[] ratio = new double[m];
		int[] active = new int[m];
		// steps are handled in blocks: the members' shortfalls of a block are first copied
		// member by member (sequential reads) into a step-major buffer, so that the per-step loop
		// over members reads contiguous memory instead of one cache line per member array
		int block = 64;
		double[] shortfall = new double[block * m];
		for (int i0 = 0; i0 < n; i0 += block) {
			int len = Math.min(block, n - i0);
			for (int j = 0; j < m; j++) {
				double[] load = memberLoadKw[j];
				double[] pv = memberPvKw[j];
				for (int t = 0; t < len; t++) {
					shortfall[t * m + j] = load[i0 + t] - (pv == null ? 0 : pv[i0 + t]);
				}
			}
			for (int t = 0; t < len; t++) {
				hybridStep(availableKw[i0 + t], shortfall, t * m, m, shares, need, ratio, active, allocKwh, h);
			}
		}
	}

	private static void hybridStep(double s, double[] shortfall, int offset, int m, double[] shares, double[] need,
			double[] ratio, int[] active, double[] allocKwh, double h) {
		if (s <= EPS) {
			return;
		}
		double leftover = s;
		double needSum = 0;
		int count = 0;
		for (int j = 0; j < m; j++) {
			double d = shortfall[offset + j];
			if (d <= 0) {
				continue;
			}
			double w = shares[j];
			double a = Math.min(d, w * s);
			allocKwh[j] += a * h;
			leftover -= a;
			double rest = d - a;
			if (rest > EPS && w > 0) {
				need[j] = rest;
				ratio[j] = rest / w;
				active[count++] = j;
				needSum += rest;
			}
		}
		if (leftover <= EPS || count == 0) {
			return;
		}
		if (leftover >= needSum) {
			for (int k = 0; k < count; k++) {
				allocKwh[active[k]] += need[active[k]] * h;
			}
			return;
		}
		double level = waterLevel(active, count, need, ratio, shares, leftover);
		for (int k = 0; k < count; k++) {
			int j = active[k];
			allocKwh[j] += Math.min(need[j], shares[j] * level) * h;
		}
	}

	/**
	 * The λ with Σ_j min(need_j, w_j·λ) = total over the members in {@code active[0..count)},
	 * given total &lt; Σ need_j. Reorders {@code active}.
	 */
	static double waterLevel(int[] active, int count, double[] need, double[] ratio, double[] shares, double total) {
		int lo = 0;
		int hi = count;
		double filledNeed = 0; // members known to be filled (ratio below λ)
		double openShares = 0; // members known to be still short (ratio above λ)
		while (lo < hi) {
			double pivot = ratio[active[lo + (hi - lo) / 2]];
			// three-way partition of [lo, hi): ratio < pivot | ratio == pivot | ratio > pivot
			int lt = lo;
			int gt = hi;
			int t = lo;
			double belowNeed = 0, equalNeed = 0, equalShares = 0, aboveShares = 0;
			while (t < gt) {
				int j = active[t];
				double r = ratio[j];
				if (r < pivot) {
					belowNeed += need[j];
					active[t++] = active[lt];
					active[lt++] = j;
				} else if (r > pivot) {
					aboveShares += shares[j];
					active[t] = active[--gt];
					active[gt] = j;
				} else {
					equalNeed += need[j];
					equalShares += shares[j];
					t++;
				}
			}
			double atPivot = filledNeed + belowNeed + equalNeed + (openShares + aboveShares) * pivot;
			if (atPivot <= total) {
				filledNeed += belowNeed + equalNeed;
				lo = gt;
			} else {
				openShares += aboveShares + equalShares;
				hi = lt;
			}
		}
		return openShares > 0 ? (total - filledNeed) / openShares : Double.POSITIVE_INFINITY;
	}
}
