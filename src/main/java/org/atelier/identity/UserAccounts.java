package org.atelier.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** All accounts of the installation. */
interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	@org.springframework.data.jdbc.repository.query.Query(
			"select * from app_user where lower(email) = lower(:email) order by id")
	List<UserAccount> findAllByEmail(String email);

	boolean existsByUsername(String username);

	List<UserAccount> findAllByOrderByUsernameAsc();
}
