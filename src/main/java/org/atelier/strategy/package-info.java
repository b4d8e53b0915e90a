/**
 * Vision, mission and strategy of an atelier: versioned statements with first-year objectives,
 * endorsed by the atelier's partners version by version, and the readiness checks built on them.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.strategy;
