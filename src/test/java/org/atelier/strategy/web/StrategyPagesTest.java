package org.atelier.strategy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.CurrentUser;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The vision and mission pages over real HTTP: a stale edit form, and what observers and archived ateliers allow. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StrategyPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Test
	void aStaleEditKeepsWhatWasTypedAndShowsTheVersionSavedMeanwhile() {
		AccountView coordinator = TestUsers.create(accounts, "sp-coord");
		long id = atelier(coordinator, null);
		HttpSession session = new HttpSession(port);
		session.signIn(coordinator.username(), TestUsers.PASSWORD);
		String edit = "/ateliers/" + id + "/strategy/edit";
		session.get(edit);
		var first = session.postForm(edit, Map.of("vision", "Saved first", "mission", "M", "version", "0"));
		assertThat(first.statusCode()).isEqualTo(302);

		session.get(edit);
		var stale = session.postForm(edit, Map.of("vision", "Typed later", "mission", "M", "version", "0"));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone else changed this record");
		assertThat(stale.body()).contains("Typed later").contains("Saved first");
		assertThat(stale.body()).contains("name=\"version\" value=\"1\"");

		var overview = session.get("/ateliers/" + id + "/strategy");
		assertThat(overview.body()).contains("Saved first").doesNotContain("Typed later");
	}

	@Test
	void observersReadWithoutEndorsingAndAnArchivedAtelierRefusesEndorsements() {
		AccountView coordinator = TestUsers.create(accounts, "sp-coord2");
		AccountView observer = TestUsers.create(accounts, "sp-observer");
		long id = atelier(coordinator, observer);
		HttpSession coord = new HttpSession(port);
		coord.signIn(coordinator.username(), TestUsers.PASSWORD);
		coord.get("/ateliers/" + id + "/strategy/edit");
		coord.postForm("/ateliers/" + id + "/strategy/edit", Map.of("vision", "V", "mission", "M", "version", "0"));

		HttpSession obs = new HttpSession(port);
		obs.signIn(observer.username(), TestUsers.PASSWORD);
		var page = obs.get("/ateliers/" + id + "/strategy");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("V").doesNotContain("Endorse version 1");

		coord.get("/ateliers/" + id + "/strategy");
		assertThat(coord.postForm("/ateliers/" + id + "/archive", Map.of()).statusCode()).isEqualTo(302);
		coord.get("/ateliers/" + id + "/strategy");
		var refused = coord.postForm("/ateliers/" + id + "/strategy/endorsements", Map.of("organisation", "City"));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(coord.get("/ateliers/" + id + "/strategy").body()).doesNotContain("Endorse version 1");
	}

	private long atelier(AccountView coordinator, AccountView observer) {
		var principal = new CurrentUser(coordinator.id(), coordinator.username(), coordinator.displayName(), false,
				true, null);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Pages"), "Utrecht", null, Theme.CIRCULAR,
					null, null, null)).id();
			if (observer != null) {
				members.add(id, observer.username(), "OBSERVER");
			}
			return id;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
