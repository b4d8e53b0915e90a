/**
 * Organisational capacity and funding of an atelier: the core team (roles, hours, deputies,
 * handover notes) with its total FTE and roles that rest on one person, the skill gaps it plans
 * to close, and its funding sources with the runway, concentration (Herfindahl–Hirschman index)
 * and funding-cliff rules of {@link org.atelier.capacity.FundingRules}. Other modules read the
 * funding picture through {@link org.atelier.capacity.FundingOutlook}.
 */
@NullMarked
package org.atelier.capacity;

import org.jspecify.annotations.NullMarked;
