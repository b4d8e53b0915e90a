package org.atelier.energy.engine;

/**
 * A stationary battery and its physics: power limit, usable state-of-charge window and losses.
 * Charging and discharging each lose √η of the round-trip efficiency η: storing from the bus
 * P·h kWh adds P·h·√η to the state of charge, and delivering P·h kWh to the bus takes P·h / √η
 * from it.
 *
 * @param capacityKwh nominal energy capacity (kWh)
 * @param powerKw charge and discharge power limit at the bus (kW)
 * @param roundTripEfficiency η, 0 &lt; η ≤ 1
 * @param minSoc lowest allowed state of charge as a fraction of capacity
 * @param maxSoc highest allowed state of charge as a fraction of capacity
 * @param initialSoc state of charge at the start of the year as a fraction of capacity
 */
public record Battery(double capacityKwh, double powerKw, double roundTripEfficiency, double minSoc, double maxSoc,
		double initialSoc) {

	/** No battery at all. */
	public static final Battery NONE = new Battery(0, 0, 1, 0, 1, 0);

	public Battery {
		if (!(capacityKwh >= 0) || !(powerKw >= 0) || !(roundTripEfficiency > 0 && roundTripEfficiency <= 1)
				|| !(minSoc >= 0 && minSoc <= maxSoc && maxSoc <= 1) || !(initialSoc >= minSoc && initialSoc <= maxSoc)) {
			throw new IllegalArgumentException("invalid battery " + capacityKwh + " kWh, " + powerKw + " kW, η "
				+ roundTripEfficiency + ", soc " + minSoc + ".." + maxSoc + " start " + initialSoc);
		}
	}

	/** The same battery with another capacity and power (for sweeps). */
	public Battery resized(double capacityKwh, double powerKw) {
		return new Battery(capacityKwh, powerKw, roundTripEfficiency, minSoc, maxSoc, initialSoc);
	}

	public double oneWayEfficiency() {
		return Math.sqrt(roundTripEfficiency);
	}

	public double minKwh() {
		return minSoc * capacityKwh;
	}

	public double maxKwh() {
		return maxSoc * capacityKwh;
	}

	public double initialKwh() {
		return initialSoc * capacityKwh;
	}

	/** Highest charging power at the bus this step from state of charge {@code socKwh}. */
	public double maxChargeKw(double socKwh, double hours) {
		double room = Math.max(0, maxKwh() - socKwh);
		return Math.min(powerKw, room / (hours * oneWayEfficiency()));
	}

	/** Highest discharging power at the bus this step from state of charge {@code socKwh}. */
	public double maxDischargeKw(double socKwh, double hours) {
		double stored = Math.max(0, socKwh - minKwh());
		return Math.min(powerKw, stored * oneWayEfficiency() / hours);
	}

	/** Limits a proposed battery power (positive = charging) to what the battery can do this step. */
	public double limit(double proposedKw, double socKwh, double hours) {
		if (proposedKw > 0) {
			return Math.min(proposedKw, maxChargeKw(socKwh, hours));
		}
		if (proposedKw < 0) {
			return -Math.min(-proposedKw, maxDischargeKw(socKwh, hours));
		}
		return 0;
	}

	/** State of charge after running at {@code batteryKw} for {@code hours}, clamped to the window against rounding. */
	public double socAfter(double socKwh, double batteryKw, double hours) {
		double next = batteryKw >= 0
			? socKwh + batteryKw * hours * oneWayEfficiency()
			: socKwh + batteryKw * hours / oneWayEfficiency();
		return Math.max(minKwh(), Math.min(maxKwh(), next));
	}
}
