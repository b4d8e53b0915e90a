/**
 * Links between records of different modules, without one module reaching into another.
 *
 * <p>A record that points at a record of another module (a decision taken in a session, evidence
 * for a hypothesis from a simulation run, an action that carries out a decision) stores the
 * target's {@code kind} and id. The module that owns the target kind contributes a
 * {@link org.atelier.shared.links.LinkTargetSource} bean; {@link org.atelier.shared.links.LinkTargets}
 * resolves a link to its title and page, always within one atelier, so an id of another atelier
 * never resolves. A kind no module answers yet is simply not offered.
 */
package org.atelier.shared.links;
