/**
 * Building-block assessments: members of an atelier score the questions of a phase (the six
 * building blocks, the Preconditions steps or the Continuation dimensions), and the results show
 * where the atelier stands, where respondents disagree and which blocks need attention first.
 */
@org.jspecify.annotations.NullMarked
package org.atelier.assessment;
