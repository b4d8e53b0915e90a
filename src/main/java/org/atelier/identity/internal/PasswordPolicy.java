package org.atelier.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B section 5.1.1.2 and the OWASP ASVS: a length window, no
 * composition rules, and a refusal of passwords that appear in a list of commonly used ones
 * (shipped as {@code identity/common-passwords.txt}) or that merely repeat the user name.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 256;

	private final Set<String> common;

	public PasswordPolicy() {
		this.common = load();
	}

	/** The message key of the first rule the password breaks, or empty when it is acceptable. */
	public Optional<String> check(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("identity.password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("identity.password.tooLong");
		}
		String folded = password.toLowerCase(Locale.ROOT);
		if (common.contains(folded) || (!username.isBlank() && folded.contains(username.toLowerCase(Locale.ROOT))
				&& folded.length() - username.length() < 6)) {
			return Optional.of("identity.password.common");
		}
		return Optional.empty();
	}

	private static Set<String> load() {
		var resource = new ClassPathResource("identity/common-passwords.txt");
		Set<String> words = new HashSet<>();
		try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read identity/common-passwords.txt", e);
		}
		return Set.copyOf(words);
	}
}
