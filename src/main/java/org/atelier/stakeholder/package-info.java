/**
 * The stakeholder register of an atelier: the organisations around the challenge, how much they
 * matter (influence, interest, salience), how engaged they are and where their commitment stands,
 * with its dated history. Answers the lifecycle's {@code stakeholder-committed} readiness check.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.stakeholder;
