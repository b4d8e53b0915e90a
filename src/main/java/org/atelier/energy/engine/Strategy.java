package org.atelier.energy.engine;

/**
 * Battery strategies. Each proposes the battery power for a step (positive = charge) as a pure
 * function of the frozen {@link StepState} and the battery; the battery's own limits and the
 * connection's curtailment are applied afterwards by {@link Dispatch}.
 */
public enum Strategy {

	/** The battery stays idle. */
	NONE {
		@Override
		public double proposeKw(StepState s, Battery b) {
			return 0;
		}
	},

	/** Charge from PV surplus, discharge to cover any deficit. Never charges from the grid. */
	SELF_CONSUMPTION {
		@Override
		public double proposeKw(StepState s, Battery b) {
			return -s.netKw();
		}
	},

	/**
	 * Discharge only to keep import at or below the import cap; recharge from PV surplus, and from
	 * the grid only as far as import stays at or below the cap. Without an import cap it only
	 * stores PV surplus.
	 */
	PEAK_SHAVING {
		@Override
		public double proposeKw(StepState s, Battery b) {
			double net = s.netKw();
			double cap = s.importCapKw();
			if (net > cap) {
				return -(net - cap);
			}
			if (Double.isInfinite(cap)) {
				return Math.max(0, -net);
			}
			return cap - net;
		}
	},

	/**
	 * Self-consumption that keeps a reserve for peak shaving: above the reserve the battery covers
	 * any deficit; the reserve itself is only spent on import above the cap; below the reserve it
	 * recharges from PV surplus and from the grid while import stays at or below the cap. The
	 * reserve comes from a 24-hour look-ahead ({@link Dispatch#peakReserve}).
	 */
	SELF_CONSUMPTION_WITH_CAP {
		@Override
		public double proposeKw(StepState s, Battery b) {
			double net = s.netKw();
			double cap = s.importCapKw();
			double floor = b.minKwh() + s.reserveKwh();
			if (net <= 0) {
				double surplus = -net;
				if (s.socKwh() < floor && !Double.isInfinite(cap)) {
					double neededKw = (floor - s.socKwh()) / (s.hours() * b.oneWayEfficiency());
					return Math.max(surplus, Math.min(neededKw, surplus + cap));
				}
				return surplus;
			}
			double shave = Math.max(0, net - cap);
			double aboveReserveKw = Math.max(0, s.socKwh() - floor) * b.oneWayEfficiency() / s.hours();
			double discharge = Math.max(shave, Math.min(net, aboveReserveKw));
			if (discharge > 0) {
				return -discharge;
			}
			if (s.socKwh() < floor && net < cap) {
				double neededKw = (floor - s.socKwh()) / (s.hours() * b.oneWayEfficiency());
				return Math.min(neededKw, cap - net);
			}
			return 0;
		}
	};

	/** The battery power this strategy wants for the step, before the battery's limits. */
	public abstract double proposeKw(StepState s, Battery b);

	/** Whether the strategy needs the look-ahead reserve. */
	public boolean usesReserve() {
		return this == SELF_CONSUMPTION_WITH_CAP;
	}
}
