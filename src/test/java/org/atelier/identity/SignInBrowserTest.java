package org.atelier.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	@Test
	void aPersonSignsInAndOut() {
		var user = TestUsers.create(accounts, "signin");
		signIn(user.username(), TestUsers.PASSWORD);
		assertThat(page).hasURL(url("/"));
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(page.getByText("You are signed out.")).isVisible();
	}

	@Test
	void aWrongPasswordShowsTheGenericMessage() {
		var user = TestUsers.create(accounts, "wrongpw");
		signIn(user.username(), "not-the-password-at-all");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("not right");
		checkPage();
	}

	@Test
	void theLanguageSwitchChangesAndRemembersTheLanguage() {
		visit("/login");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nederlands")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aanmelden"))).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		checkPage();
		page.navigate(url("/login"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aanmelden"))).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Iniciar sesión"))).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "es");
	}

	@Test
	void theBrowsersLanguageIsTheDefault() {
		var dutch = context.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("nl-NL"));
		try {
			var p = dutch.newPage();
			p.navigate(url("/login"));
			assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aanmelden"))).isVisible();
		}
		finally {
			dutch.close();
		}
	}
}
