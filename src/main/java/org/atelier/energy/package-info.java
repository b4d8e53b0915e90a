/**
 * Energy feasibility workbench: scenarios (PV, loads, battery, grid connection, energy community)
 * read from JSON and simulated over a year by the plain-Java {@code engine}; the command-line
 * {@code simulate} entry that runs them without starting the web application; scenarios stored
 * under an atelier with their series files, kept runs and calibrations against monitoring data
 * ({@link org.atelier.energy.EnergyScenarios}); the pages and the REST API around them. Runs and
 * calibrations are link targets ({@code energy-run}, {@code energy-calibration}), so that a
 * hypothesis can cite them as evidence.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.energy;
