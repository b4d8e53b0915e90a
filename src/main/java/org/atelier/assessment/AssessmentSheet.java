package org.atelier.assessment;

import java.util.List;
import java.util.Map;

import org.atelier.method.ScaleLevel;

/**
 * What a respondent needs to answer an assessment: its groups and questions in the wording of the
 * method version it was opened with, the scales, and their own answers so far by question key.
 */
public record AssessmentSheet(AssessmentSummary assessment, List<AssessmentGroup> groups,
		Map<String, AnswerView> myAnswers, List<ScaleLevel> scoreLevels, List<ScaleLevel> confidenceLevels) {
}
