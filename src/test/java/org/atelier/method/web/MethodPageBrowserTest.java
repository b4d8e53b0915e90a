package org.atelier.method.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.identity.Accounts;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A newcomer reads "The method": overview, a phase, a block, then the same in Dutch. */
class MethodPageBrowserTest extends BrowserTestBase {

	@Autowired
	Accounts accounts;

	private Locator heading() {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private Locator link(Locator scope, String name) {
		return scope.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator methodNav(String label) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(label));
	}

	@Test
	void aNewcomerReadsThroughTheMethodAndSwitchesToDutch() {
		var user = TestUsers.create(accounts, "method-reader");
		signIn(user.username(), TestUsers.PASSWORD);

		link(methodNav("Main navigation").first(), "The method").click();
		assertThat(heading()).hasText("The method");
		assertThat(link(methodNav("Sections of the method"), "Overview")).hasAttribute("aria-current", "page");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Six building blocks")))
			.isVisible();
		checkPage();

		link(methodNav("Sections of the method"), "2. Establishing").click();
		assertThat(heading()).hasText("Phase 2: Establishing");
		assertThat(link(methodNav("Sections of the method"), "2. Establishing")).hasAttribute("aria-current", "page");
		assertThat(link(methodNav("Sections of the method"), "Overview")).not().hasAttribute("aria-current", "page");
		assertThat(page.getByText("Are follow-up actions written down and given an owner?")).isVisible();
		checkPage();

		link(methodNav("Sections of the method"), "Value proposition").click();
		assertThat(heading()).hasText("Value proposition");
		assertThat(link(methodNav("Sections of the method"), "Value proposition")).hasAttribute("aria-current", "page");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Phase 4: Stabilising")))
			.isVisible();
		checkPage();

		link(methodNav("Language"), "Nederlands").click();
		assertThat(heading()).hasText("Waardepropositie");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fase 2: Opbouwen")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Zo versterkt u deze bouwsteen")).first())
			.isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		checkPage();

		link(methodNav("Onderdelen van de methode"), "1. Randvoorwaarden").click();
		assertThat(heading()).hasText("Fase 1: Randvoorwaarden");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Stap 1: De opgave afbakenen")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vereiste resultaten")))
			.isVisible();
		checkPage();

		link(methodNav("Onderdelen van de methode"), "5. Voortzetten").click();
		assertThat(heading()).hasText("Fase 5: Voortzetten");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Financiële duurzaamheid")))
			.isVisible();
		checkPage();
	}

	@Test
	void anUnknownPhaseOrBlockIsNotFound() {
		var user = TestUsers.create(accounts, "method-404");
		signIn(user.username(), TestUsers.PASSWORD);

		// Through the signed-in browser context's HTTP client: a navigation to a 404 would be logged
		// by the browser as a console error, which the base class rightly treats as a failure.
		var unknownPhase = context.request().get(url("/method/phases/nonsense"));
		assertThat(unknownPhase.status()).isEqualTo(404);
		assertThat(unknownPhase.text()).contains("Page not found");
		assertThat(context.request().get(url("/method/blocks/Value_Proposition")).status()).isEqualTo(404);
		assertThat(context.request().get(url("/method/blocks/value-proposition")).status()).isEqualTo(200);
		assertThat(context.request().get(url("/method/phases/maturing")).status()).isEqualTo(200);
	}
}
