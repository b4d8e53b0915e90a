package org.atelier.assessment;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The assessments of all ateliers. */
interface Assessments extends ListCrudRepository<Assessment, Long> {

	@Query("select * from assessment where atelier_id = :atelierId order by opened_at, id")
	List<Assessment> findByAtelier(long atelierId);
}
