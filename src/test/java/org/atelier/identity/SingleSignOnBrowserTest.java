package org.atelier.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.atelier.testsupport.BrowserTestBase;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.OidcTestProvider;
import org.atelier.testsupport.OidcTestProvider.Person;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on end to end: a real OpenID Connect provider runs on its own port, the browser
 * clicks "Sign in with Test Identity", signs in on the provider's own page and comes back signed
 * in to Atelier.
 */
class SingleSignOnBrowserTest extends BrowserTestBase {

	private static final String RUN = TestUsers.uniqueName("sso");

	/** Verified e-mail of an account that exists in Atelier under another user name. */
	private static final Person EVA = new Person("eva." + RUN, "eva-at-the-provider", RUN + "-eva@example.org",
			true, "Eva Verified");

	/** Verified e-mail nobody in Atelier has. */
	private static final Person NOOR = new Person("noor." + RUN, "noor-at-the-provider", RUN + "-noor@example.org",
			true, "Noor Newcomer");

	/** Claims the e-mail of an Atelier account, but the provider has not verified it. */
	private static final Person MALLORY = new Person("mallory." + RUN, "mallory-at-the-provider",
			RUN + "-victim@example.org", false, "Mallory Claims");

	/** Verified e-mail of a disabled Atelier account. */
	private static final Person DORA = new Person("dora." + RUN, "dora-at-the-provider", RUN + "-dora@example.org",
			true, "Dora Disabled");

	/** Verified e-mail of an account with a second factor. */
	private static final Person TOM = new Person("tom." + RUN, "tom-at-the-provider", RUN + "-tom@example.org", true,
			"Tom Twofactor");

	private static final OidcTestProvider PROVIDER = OidcTestProvider.start(List.of(EVA, NOOR, MALLORY, DORA, TOM));

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry registry) {
		String prefix = "spring.security.oauth2.client.";
		registry.add(prefix + "registration.test-identity.client-id", () -> OidcTestProvider.CLIENT_ID);
		registry.add(prefix + "registration.test-identity.client-secret", () -> OidcTestProvider.CLIENT_SECRET);
		registry.add(prefix + "registration.test-identity.client-name", () -> "Test Identity");
		registry.add(prefix + "registration.test-identity.scope", () -> "openid,profile,email");
		registry.add(prefix + "provider.test-identity.issuer-uri", PROVIDER::issuer);
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.close();
	}

	@Autowired
	Accounts accounts;

	@Autowired
	TwoFactor twoFactor;

	@BeforeEach
	void allowOurRedirect() {
		PROVIDER.allowRedirect(url("/login/oauth2/code/test-identity"));
	}

	@Test
	void aVerifiedEmailSignsInToTheExistingAccountAndLaterSignInsFindItByTheProvidersId() {
		var eva = accounts.createUnchecked(new Accounts.NewAccount(RUN + "-eva", "Eva Existing", EVA.email(),
				TestUsers.PASSWORD, false));
		signInAtProvider(page, EVA);
		assertThat(page).hasURL(url("/"));
		checkPage();
		assertSignedInAs(page, eva.username());

		// the provider now tells another address: the link by issuer and subject still finds Eva
		PROVIDER.update(new Person(EVA.username(), EVA.password(), RUN + "-eva-new@example.org", true, EVA.name()));
		var again = context.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
		try {
			Page second = again.newPage();
			signInAtProvider(second, EVA);
			assertSignedInAs(second, eva.username());
		}
		finally {
			again.close();
			PROVIDER.update(EVA);
		}
	}

	@Test
	void anUnknownPersonGetsANewAccountWithoutAteliers() {
		signInAtProvider(page, NOOR);
		assertThat(page).hasURL(url("/"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You are not part of an atelier yet")))
			.isVisible();
		checkPage();
		assertSignedInAs(page, NOOR.username());
		var account = accounts.findByUsername(NOOR.username()).orElseThrow();
		assertThat(account.displayName()).isEqualTo("Noor Newcomer");
		assertThat(account.email()).isEqualTo(NOOR.email());
		assertThat(account.admin()).isFalse();
	}

	@Test
	void anUnverifiedEmailDoesNotOpenTheAccountThatHasIt() {
		var victim = accounts.createUnchecked(new Accounts.NewAccount(RUN + "-victim", "Victor Victim",
				MALLORY.email(), TestUsers.PASSWORD, false));
		signInAtProvider(page, MALLORY);
		assertThat(page).hasURL(url("/"));
		checkPage();
		visit("/profile");
		assertThat(page.getByText(victim.username(), new Page.GetByTextOptions().setExact(true))).hasCount(0);
		assertThat(page.getByText(MALLORY.username(), new Page.GetByTextOptions().setExact(true))).isVisible();
		// the new account does not carry the unverified address, so it cannot take over the victim's later
		assertThat(accounts.findByUsername(MALLORY.username()).orElseThrow().email()).isNull();
		assertThat(accounts.findByEmail(MALLORY.email())).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(victim.id()));
	}

	@Test
	void aDisabledAccountCannotSignInThroughTheProviderEither() {
		var admin = TestUsers.createAdmin(accounts, "sso-admin");
		var dora = accounts.createUnchecked(new Accounts.NewAccount(RUN + "-dora", "Dora Disabled", DORA.email(),
				TestUsers.PASSWORD, false));
		TestUsers.as(admin, () -> {
			accounts.disable(dora.id());
			return null;
		});
		signInAtProvider(page, DORA);
		assertThat(page).hasURL(url("/login?error"));
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("not right");
		checkPage();
	}

	@Test
	void anAccountWithASecondFactorStillAsksForItsCode() {
		var tom = accounts.createUnchecked(new Accounts.NewAccount(RUN + "-tom", "Tom Twofactor", TOM.email(),
				TestUsers.PASSWORD, false));
		String secret = TestUsers.as(tom, () -> {
			String s = twoFactor.beginEnrolment().secret();
			twoFactor.confirm(TwoFactorSignInTest.codeAt(s, -1));
			return s;
		});
		signInAtProvider(page, TOM);
		assertThat(page).hasURL(url("/login/two-factor"));
		checkPage();
		page.navigate(url("/profile"));
		assertThat(page).hasURL(url("/login/two-factor"));
		page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(TwoFactorSignInTest.codeAt(secret, 0));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(url("/"));
		assertSignedInAs(page, tom.username());
	}

	@Test
	void theProvidersAddressesAnswerWithoutErrors() {
		var anonymous = new HttpSession(port);
		var start = anonymous.get("/oauth2/authorization/test-identity");
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(start.headers().firstValue("Location")).hasValueSatisfying(
				l -> assertThat(l).startsWith(PROVIDER.issuer() + "/oauth2/authorize?"));
		// a forged or replayed answer from the provider: back to the sign-in page, nobody signed in
		var forged = anonymous.get("/login/oauth2/code/test-identity?code=forged&state=forged");
		assertThat(forged.statusCode()).isEqualTo(302);
		assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(anonymous.get("/profile").statusCode()).isEqualTo(302);
		// a provider nobody configured is no start of a sign-in (never a server error): the sign-in page
		var unknown = anonymous.get("/oauth2/authorization/nobody");
		assertThat(unknown.statusCode()).isEqualTo(302);
		assertThat(unknown.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	/** From Atelier's sign-in page through the provider's own sign-in form and back. */
	private void signInAtProvider(Page on, Person person) {
		on.navigate(url("/login"));
		if (on == page) {
			checkPage();
		}
		on.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Test Identity")).click();
		on.waitForURL(PROVIDER.issuer() + "/login**");
		on.getByLabel("Username").fill(person.username());
		on.getByLabel("Password").fill(person.password());
		on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		on.waitForURL(u -> u.startsWith(url("/")));
		on.waitForLoadState();
	}

	private void assertSignedInAs(Page on, String username) {
		on.navigate(url("/profile"));
		assertThat(on.getByText(username, new Page.GetByTextOptions().setExact(true))).isVisible();
	}
}
