package org.atelier.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.atelier.identity.ExternalSignIn.ExternalPerson;
import org.atelier.identity.ExternalSignIn.Match;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Which account a provider's person gets, on the real database. */
@DatabaseTest
@SpringBootTest
class ExternalSignInTest {

	private static final String ISSUER = "https://login.example.org/realms/city";

	@Autowired
	ExternalSignIn signIn;

	@Autowired
	Accounts accounts;

	@Test
	void aVerifiedEmailFindsTheAccountAndTheLinkFindsItAgainWithAnotherEmail() {
		var eva = TestUsers.create(accounts, "ext-eva");
		String subject = TestUsers.uniqueName("sub");
		var first = signIn.resolve(person(subject, eva.email(), true, "Eva", "eva"));
		assertThat(first.match()).isEqualTo(Match.EMAIL);
		assertThat(first.user().id()).isEqualTo(eva.id());
		var later = signIn.resolve(person(subject, "eva-new@example.org", true, "Eva", "eva"));
		assertThat(later.match()).isEqualTo(Match.LINKED);
		assertThat(later.user().id()).isEqualTo(eva.id());
	}

	@Test
	void theSameSubjectAtAnotherIssuerIsSomeoneElse() {
		String subject = TestUsers.uniqueName("sub");
		var here = signIn.resolve(person(subject, null, false, "Ann", subject));
		var there = signIn.resolve(new ExternalPerson("other", "https://other.example.org", subject, null, false, "Ann",
				subject));
		assertThat(there.user().id()).isNotEqualTo(here.user().id());
	}

	@Test
	void anUnverifiedOrSharedEmailOpensANewAccountThatDoesNotKeepIt() {
		var victim = TestUsers.create(accounts, "ext-victim");
		var unverified = signIn.resolve(person(TestUsers.uniqueName("sub"), victim.email(), false, "Mal", "mal"));
		assertThat(unverified.match()).isEqualTo(Match.PROVISIONED);
		assertThat(unverified.user().id()).isNotEqualTo(victim.id());
		assertThat(accounts.findById(unverified.user().id()).orElseThrow().email()).isNull();

		// two accounts share an address: no match is unambiguous, so a new account without the address
		String shared = TestUsers.uniqueName("shared") + "@example.org";
		accounts.createUnchecked(new Accounts.NewAccount(TestUsers.uniqueName("sh1"), "One", shared, TestUsers.PASSWORD, false));
		accounts.createUnchecked(new Accounts.NewAccount(TestUsers.uniqueName("sh2"), "Two", shared, TestUsers.PASSWORD, false));
		var ambiguous = signIn.resolve(person(TestUsers.uniqueName("sub"), shared, true, "Three", "three"));
		assertThat(ambiguous.match()).isEqualTo(Match.PROVISIONED);
		assertThat(accounts.findById(ambiguous.user().id()).orElseThrow().email()).isNull();
	}

	@Test
	void aNewAccountGetsAFreeUserNameTheNameAndNoAdministration() {
		String base = TestUsers.uniqueName("noor");
		accounts.createUnchecked(new Accounts.NewAccount(base, "Taken", null, TestUsers.PASSWORD, false));
		String email = TestUsers.uniqueName("noor") + "@example.org";
		var result = signIn.resolve(person(TestUsers.uniqueName("sub"), email, true, "Noor Nieuw", base));
		var account = accounts.findById(result.user().id()).orElseThrow();
		assertThat(account.username()).isEqualTo(base + "-2");
		assertThat(account.displayName()).isEqualTo("Noor Nieuw");
		assertThat(account.email()).isEqualTo(email);
		assertThat(account.admin()).isFalse();
		assertThat(account.enabled()).isTrue();
	}

	private static ExternalPerson person(String subject, String email, boolean verified, String name, String preferred) {
		return new ExternalPerson("city", ISSUER, subject, email, verified, name, preferred);
	}
}
