package org.atelier.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongUncommonPassphraseWithoutCompositionRules() {
		assertThat(policy.check("river lantern copper autumn", "eva")).isEmpty();
		assertThat(policy.check("alllowercaseletters", "eva")).isEmpty();
	}

	@Test
	void refusesShortPasswordsCountingCharactersNotBytes() {
		assertThat(policy.check("elevenchars", "eva")).contains("identity.password.tooShort");
		assertThat(policy.check("ñandú-café-é", "eva")).isEmpty(); // 12 characters, more bytes
		assertThat(policy.check(null, "eva")).contains("identity.password.tooShort");
	}

	@Test
	void acceptsAtLeast128CharactersAndRefusesBeyondTheMaximum() {
		assertThat(policy.check("x".repeat(60) + "y".repeat(68), "eva")).isEmpty();
		assertThat(policy.check("z".repeat(PasswordPolicy.MAX_LENGTH + 1), "eva")).contains("identity.password.tooLong");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(policy.check("password1234", "eva")).contains("identity.password.common");
		assertThat(policy.check("PASSWORD1234", "eva")).contains("identity.password.common");
		assertThat(policy.check("123456789012", "eva")).contains("identity.password.common");
	}

	@Test
	void refusesTheUserNameWithALittleDecoration() {
		assertThat(policy.check("eva.jansen2026", "eva.jansen")).contains("identity.password.common");
		assertThat(policy.check("eva.jansen and a long sentence", "eva.jansen")).isEmpty();
	}
}
