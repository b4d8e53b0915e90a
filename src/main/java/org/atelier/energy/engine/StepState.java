package org.atelier.energy.engine;

/**
 * The frozen state of one time step as the controllers see it: site load and PV, the caps in
 * force, the battery's state of charge at the start of the step and the reserve the battery
 * should keep for peaks after this step. Units and signs as in the package description.
 */
public record StepState(int step, double hours, double loadKw, double pvKw, double importCapKw, double exportCapKw,
		double socKwh, double reserveKwh) {

	/** Net site demand before the battery: positive means a deficit, negative a PV surplus. */
	public double netKw() {
		return loadKw - pvKw;
	}
}
