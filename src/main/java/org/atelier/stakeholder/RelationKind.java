package org.atelier.stakeholder;

/** How one organisation stands towards another in the dependency network. */
public enum RelationKind implements Keyed {
	DEPENDS_ON, FUNDS, REGULATES, SUPPLIES_DATA_TO, DECIDES_ON, REPRESENTS
}
