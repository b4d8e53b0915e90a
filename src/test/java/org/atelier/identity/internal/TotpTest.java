package org.atelier.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP and Base32 against the published test vectors of RFC 6238 (appendix B) and RFC 4648 (section 10). */
class TotpTest {

	/** The SHA-1 key of RFC 6238 appendix B: the ASCII string "12345678901234567890". */
	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void rfc6238TestVectorsForSha1(long time, String expected) {
		assertThat(Totp.code(RFC_KEY, Totp.step(time), 8)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void rfc4648Base32TestVectorsWithoutPadding(String text, String encoded) {
		assertThat(Totp.base32(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
		assertThat(new String(Totp.base32Decode(encoded.toLowerCase()), StandardCharsets.US_ASCII)).isEqualTo(text);
	}

	@Test
	void aNewSecretCarries160BitsAndDecodesBack() {
		String secret = Totp.newSecret();
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Totp.base32Decode(secret)).hasSize(20);
		assertThat(Totp.newSecret()).isNotEqualTo(secret);
		assertThatThrownBy(() -> Totp.base32Decode("AB1")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aCodeMatchesOneStepEitherSideButNeverAStepAlreadyUsed() {
		String secret = Totp.base32(RFC_KEY);
		long now = 1_700_000_000L;
		long step = Totp.step(now);
		String current = Totp.code(RFC_KEY, step, 6);
		String previous = Totp.code(RFC_KEY, step - 1, 6);
		String next = Totp.code(RFC_KEY, step + 1, 6);
		String tooOld = Totp.code(RFC_KEY, step - 2, 6);

		assertThat(Totp.match(secret, current, now, 0)).hasValue(step);
		assertThat(Totp.match(secret, previous, now, 0)).hasValue(step - 1);
		assertThat(Totp.match(secret, next, now, 0)).hasValue(step + 1);
		assertThat(Totp.match(secret, tooOld, now, 0)).isEmpty();
		// replay: once the current step was used, its code and older ones are refused
		assertThat(Totp.match(secret, current, now, step)).isEmpty();
		assertThat(Totp.match(secret, previous, now, step)).isEmpty();
		assertThat(Totp.match(secret, next, now, step)).hasValue(step + 1);
	}

	@Test
	void anythingButSixDigitsIsRefusedWithoutComputing() {
		String secret = Totp.base32(RFC_KEY);
		assertThat(Totp.match(secret, null, 59, 0)).isEmpty();
		assertThat(Totp.match(secret, "12345", 59, 0)).isEmpty();
		assertThat(Totp.match(secret, "1234567", 59, 0)).isEmpty();
		assertThat(Totp.match(secret, "12a456", 59, 0)).isEmpty();
	}

	@Test
	void theUriFollowsTheKeyUriFormat() {
		assertThat(Totp.uri("Atelier", "eva jansen", "ABCDEF"))
			.isEqualTo("otpauth://totp/Atelier:eva%20jansen?secret=ABCDEF&issuer=Atelier&algorithm=SHA1&digits=6&period=30");
	}
}
