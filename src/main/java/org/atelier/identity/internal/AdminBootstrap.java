package org.atelier.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.atelier.identity.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty database, creates the administrator {@code admin} with the
 * password from {@code atelier.admin.password}, or with a random one printed once in the log.
 * When several nodes start together on an empty database, one of them creates the account and
 * the others find it taken and go on starting.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final Accounts accounts;
	private final String configuredPassword;

	AdminBootstrap(Accounts accounts, @Value("${atelier.admin.password:}") String configuredPassword) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.findByUsername("admin").isPresent()) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		String password = generated ? randomPassword() : configuredPassword;
		try {
			accounts.createUnchecked(new Accounts.NewAccount("admin", "Administrator", null, password, true));
		}
		catch (DuplicateKeyException createdByAnotherNode) {
			log.info("The administrator account \"admin\" was created by another node starting at the same time");
			return;
		}
		if (generated) {
			log.warn("""

					==================================================================
					 Created the administrator account "admin" with the password:
					     {}
					 It is shown only this once. Change it on your profile page.
					==================================================================""", password);
		}
		else {
			log.info("Created the administrator account \"admin\" with the configured password");
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
