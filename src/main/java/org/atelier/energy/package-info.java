/**
 * Energy feasibility workbench: scenarios (PV, loads, battery, grid connection, energy community)
 * read from JSON, simulated over a year by the plain-Java {@code engine}, and the command-line
 * {@code simulate} entry that runs them without starting the web application.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.energy;
