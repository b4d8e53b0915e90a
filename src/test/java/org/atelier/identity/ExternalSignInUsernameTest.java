package org.atelier.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User names derived from what a provider tells: always valid for an account, or empty. */
class ExternalSignInUsernameTest {

	@Test
	void keepsWhatIsAllowedAndLowerCasesIt() {
		assertThat(ExternalSignIn.toUsername("Eva.de-Vries_2")).isEqualTo("eva.de-vries_2");
	}

	@Test
	void dropsAccentsAndTheDomainAndReplacesTheRest() {
		assertThat(ExternalSignIn.toUsername("José Ñúñez")).isEqualTo("jose-nunez");
		assertThat(ExternalSignIn.toUsername("anne@city.example")).isEqualTo("anne");
		assertThat(ExternalSignIn.toUsername("  ../evil\n\"name\"  ")).isEqualTo("evil-name");
	}

	@Test
	void givesNothingUsableForNothingUsable() {
		assertThat(ExternalSignIn.toUsername(null)).isEmpty();
		assertThat(ExternalSignIn.toUsername("中文")).isEmpty();
		assertThat(ExternalSignIn.toUsername("@example.org")).isEmpty();
	}

	@Test
	void leavesRoomForANumberWithinTheLongestUserName() {
		String longest = ExternalSignIn.toUsername("a".repeat(300));
		assertThat(longest).hasSize(60).matches("[a-z0-9][a-z0-9._-]{1,63}");
	}
}
