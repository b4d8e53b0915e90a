/**
 * The Innovation Atelier method as data: the five phases, the six building blocks, the
 * Preconditions steps and outputs, the Continuation dimensions and the versioned question bank.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.method;
