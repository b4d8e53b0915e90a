package org.atelier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Security log lines: who, what and when, and nothing a caller types can forge a line or a field. */
class SecurityLogTest {

	private static final Instant AT = Instant.parse("2026-11-25T03:30:12.345Z");

	@Test
	void aLineNamesTheEventTheTimeInUtcAndQuotedFields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("user", "eva");
		fields.put("address", "10.0.0.7");
		fields.put("by", null);
		assertThat(SecurityLog.line("sign-in-failed", AT, fields))
			.isEqualTo("security event=sign-in-failed at=2026-11-25T03:30:12Z user=\"eva\" address=\"10.0.0.7\" by=-");
	}

	@Test
	void newlinesQuotesAndControlCharactersCannotForgeALineOrAField() {
		String forged = "eva\" admin=\"true\nsecurity event=sign-in at=2026-01-01T00:00:00Z user=\"root\u001b[2J\u2028";
		String line = SecurityLog.line("sign-in-failed", AT, Map.of("user", forged));
		assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u001b").doesNotContain("\u2028");
		assertThat(line).contains("user=\"eva\\\" admin=\\\"true\\nsecurity event=sign-in")
			.contains("\\u001b[2J")
			.contains("\\u2028");
		// the only unescaped quotes are the two around the value: a reader still sees one field
		assertThat(line.replace("\\\"", "").chars().filter(c -> c == '"').count()).isEqualTo(2);
	}

	@Test
	void longValuesAreCutAndBackslashesEscaped() {
		assertThat(SecurityLog.quote("a\\b")).isEqualTo("\"a\\\\b\"");
		String quoted = SecurityLog.quote("x".repeat(500));
		assertThat(quoted).hasSize(200 + 3).endsWith("…\"");
	}

	@Test
	void eventAndFieldNamesKeepOnlyLettersDigitsAndDashes() {
		assertThat(SecurityLog.line("sign in\n", AT, Map.of("us er=", "x")))
			.isEqualTo("security event=signin at=2026-11-25T03:30:12Z user=\"x\"");
	}
}
