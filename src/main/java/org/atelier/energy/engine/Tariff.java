package org.atelier.energy.engine;

/**
 * Prices per kWh for the community's bills.
 *
 * @param internalPerKwh price members pay for community energy, and receive for own PV surplus they deliver to it
 * @param retailPerKwh price of energy bought from the grid supplier
 * @param feedInPerKwh price received for energy fed into the grid
 */
public record Tariff(double internalPerKwh, double retailPerKwh, double feedInPerKwh) {
}
