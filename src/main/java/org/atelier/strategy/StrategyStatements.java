package org.atelier.strategy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Every revision of every atelier's statement. */
interface StrategyStatements extends ListCrudRepository<StrategyStatement, Long> {

	Optional<StrategyStatement> findFirstByAtelierIdOrderByRevisionDesc(long atelierId);

	List<StrategyStatement> findByAtelierIdOrderByRevisionDesc(long atelierId);
}
