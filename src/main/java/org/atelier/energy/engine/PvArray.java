package org.atelier.energy.engine;

/**
 * One PV array: its peak DC power, orientation, losses and inverter AC limit.
 *
 * @param kwp peak DC power at standard test conditions (kW)
 * @param tiltDeg tilt from horizontal, 0..90 (degrees)
 * @param azimuthDeg orientation eastward from north (degrees; 180 = south)
 * @param lossesPercent DC system losses other than temperature, angle of incidence and inverter
 *        (soiling, wiring, mismatch, ageing...), 0..100
 * @param inverterKw AC limit of the inverter (kW)
 */
public record PvArray(double kwp, double tiltDeg, double azimuthDeg, double lossesPercent, double inverterKw) {

	public PvArray {
		if (!(kwp >= 0) || !(inverterKw > 0) || !(lossesPercent >= 0 && lossesPercent < 100)
				|| !(tiltDeg >= 0 && tiltDeg <= 90)) {
			throw new IllegalArgumentException("invalid PV array " + kwp + " kWp, tilt " + tiltDeg + ", losses "
				+ lossesPercent + ", inverter " + inverterKw);
		}
	}

	/** Clips a production series to the inverter's AC limit, in place. */
	public double[] clipToInverter(double[] kw) {
		for (int i = 0; i < kw.length; i++) {
			kw[i] = Math.max(0, Math.min(kw[i], inverterKw));
		}
		return kw;
	}
}
