/**
 * Working hypotheses of an atelier: concise, testable assumptions with a test card, a dated and
 * attributed status history, evidence from sessions, decisions and documents, and the learning card
 * written when a hypothesis is concluded (which can become a lesson of the learning module). Draws
 * the assumption map, contributes the {@code hypothesis} link kind and answers the readiness check
 * {@code hypothesis-recorded}.
 */
package org.atelier.hypothesis;
