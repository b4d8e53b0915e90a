/**
 * The energy feasibility engine: plain Java, no framework, no I/O (the two CSV readers take a
 * {@link java.io.Reader} or a {@link String} handed to them), deterministic.
 *
 * <h2>Units and signs (declared here once, used everywhere in this package)</h2>
 * <ul>
 * <li>Time runs over one year of {@link org.atelier.energy.engine.TimeGrid} steps of 15 or 60
 * minutes (35,040 or 8,760 steps), in UTC. Leap days are left out, so every year has 365 days.</li>
 * <li>Power is in kW and is the average over its step. Energy is in kWh: power × step hours.</li>
 * <li>Grid power is positive for import from the public grid and negative for export to it.</li>
 * <li>Battery power is positive while charging (taken from the site bus) and negative while
 * discharging (delivered to the site bus). State of charge is the stored energy in kWh.</li>
 * <li>Load and PV power are never negative. PV power is AC power after the inverter.</li>
 * <li>Caps are non-negative kW limits at the connection; {@link Double#POSITIVE_INFINITY} means
 * no limit.</li>
 * <li>Prices are per kWh in one currency the caller chooses; bills are in that currency.</li>
 * </ul>
 *
 * <h2>Shape of a simulation</h2>
 * Each step is a frozen {@link org.atelier.energy.engine.StepState}; controllers are pure
 * functions of it, composed in a fixed order: the strategy proposes a battery power, the battery
 * limits it, the connection curtails PV above the export cap and reports import above the import
 * cap, and the step is booked. Nothing in a step reads a later step except the
 * {@code SELF_CONSUMPTION_WITH_CAP} reserve, which is computed beforehand from a 24-hour
 * look-ahead and is itself an input array.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.energy.engine;
