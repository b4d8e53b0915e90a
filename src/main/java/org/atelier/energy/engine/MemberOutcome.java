package org.atelier.energy.engine;

/**
 * One member's year in the community (energies in kWh, money in the tariff's currency).
 *
 * @param loadKwh the member's consumption
 * @param ownPvKwh production of the member's own PV (before any site curtailment)
 * @param ownPvSelfConsumedKwh own PV used by the member itself
 * @param surplusToCommunityKwh own PV beyond the member's own load, delivered to the community
 * @param allocatedKwh community energy allocated to the member by the sharing key
 * @param gridImportKwh shortfall bought from the grid supplier
 * @param billWithCommunity allocated × internal + grid import × retail − surplus × internal
 * @param billWithoutCommunity shortfall × retail − own surplus × feed-in (own PV only, no sharing)
 * @param saving bill without minus bill with the community
 * @param savingPerKwh saving per kWh of the member's load (0 without load)
 */
public record MemberOutcome(double loadKwh, double ownPvKwh, double ownPvSelfConsumedKwh, double surplusToCommunityKwh,
		double allocatedKwh, double gridImportKwh, double billWithCommunity, double billWithoutCommunity, double saving,
		double savingPerKwh) {
}
