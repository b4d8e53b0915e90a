package org.atelier.energy.engine;

/**
 * How an energy community divides, per step, the locally available energy among its members'
 * shortfalls (the part of each member's load its own PV does not cover).
 */
public enum SharingKey {
	/** Fixed shares summing to 1; a member's share beyond its shortfall is not passed on but goes to the grid. */
	STATIC,
	/** Pro rata of the members' shortfalls in the step. */
	PROPORTIONAL,
	/** Static shares first; what is left goes to members still short, pro rata of their shares, until none is left or nobody is short. */
	HYBRID
}
