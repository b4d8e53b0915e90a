package org.atelier.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The answers of every respondent to every assessment. */
interface Answers extends ListCrudRepository<Answer, Long> {

	@Query("select * from assessment_answer where assessment_id = :assessmentId order by respondent_id, question_key")
	List<Answer> findByAssessment(long assessmentId);

	@Query("""
			select * from assessment_answer
			where assessment_id = :assessmentId and respondent_id = :respondentId and question_key = :questionKey""")
	Optional<Answer> findOne(long assessmentId, long respondentId, String questionKey);
}
