package org.atelier.atelier.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.CurrentUser;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reaches which atelier page: outsiders get 404 everywhere, members read, only coordinators
 * see the history and change anything, and an archived atelier refuses changes with 409.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class AtelierPagesAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	AccountView coordinator;
	AccountView observer;
	AccountView outsider;
	long atelierId;

	@BeforeEach
	void anAtelierWithAnObserver() {
		coordinator = TestUsers.create(accounts, "pages-coord");
		observer = TestUsers.create(accounts, "pages-obs");
		outsider = TestUsers.create(accounts, "pages-out");
		actAs(coordinator);
		atelierId = ateliers.create(new AtelierInput("Pages " + TestUsers.uniqueName("a"), "Bilbao", null, Theme.OTHER,
				null, null, LocalDate.of(2026, 1, 1))).id();
		members.add(atelierId, observer.username(), "observer");
		SecurityContextHolder.clearContext();
	}

	@AfterEach
	void nobody() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void outsidersLearnNothing() throws Exception {
		for (String path : new String[] { "", "/edit", "/members", "/history" }) {
			mvc.perform(get("/ateliers/" + atelierId + path).with(user(as(outsider)))).andExpect(status().isNotFound());
		}
		mvc.perform(post("/ateliers/" + atelierId + "/archive").with(user(as(outsider))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/ateliers/999999999").with(user(as(coordinator)))).andExpect(status().isNotFound());
	}

	@Test
	void observersReadButNeitherChangeNorSeeTheHistory() throws Exception {
		mvc.perform(get("/ateliers/" + atelierId).with(user(as(observer)))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/edit"))));
		mvc.perform(get("/ateliers/" + atelierId + "/members").with(user(as(observer)))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Add member"))));
		mvc.perform(get("/ateliers/" + atelierId + "/history").with(user(as(observer)))).andExpect(status().isForbidden());
		mvc.perform(get("/ateliers/" + atelierId + "/edit").with(user(as(observer)))).andExpect(status().isForbidden());
		mvc.perform(post("/ateliers/" + atelierId + "/edit").with(user(as(observer))).with(csrf())
			.param("name", "Taken over").param("city", "Bilbao").param("theme", "OTHER").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/ateliers/" + atelierId + "/members").with(user(as(observer))).with(csrf())
			.param("username", outsider.username()).param("role", "OBSERVER"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/ateliers/" + atelierId + "/archive").with(user(as(observer))).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anArchivedAtelierIsReadOnlyUntilACoordinatorRestoresIt() throws Exception {
		mvc.perform(get("/ateliers/" + atelierId + "/history").with(user(as(coordinator)))).andExpect(status().isOk());
		mvc.perform(post("/ateliers/" + atelierId + "/archive").with(user(as(coordinator))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/ateliers/" + atelierId).with(user(as(observer)))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This atelier is archived")));
		mvc.perform(get("/ateliers/" + atelierId + "/edit").with(user(as(coordinator)))).andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("can only be read")));
		mvc.perform(post("/ateliers/" + atelierId + "/restore").with(user(as(observer))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/ateliers/" + atelierId + "/restore").with(user(as(coordinator))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/ateliers/" + atelierId + "/edit").with(user(as(coordinator)))).andExpect(status().isOk());
	}

	@Test
	void anAdministratorActsAsCoordinatorEverywhere() throws Exception {
		var admin = TestUsers.createAdmin(accounts, "pages-admin");
		mvc.perform(get("/ateliers/" + atelierId + "/history").with(user(as(admin)))).andExpect(status().isOk());
		mvc.perform(get("/ateliers").with(user(as(admin)))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/ateliers/" + atelierId)));
		mvc.perform(get("/ateliers").with(user(as(outsider)))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("/ateliers/" + atelierId + "\""))));
	}

	private static CurrentUser as(AccountView account) {
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.admin(), true, "");
	}

	private static void actAs(AccountView account) {
		CurrentUser user = as(account);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}
}
