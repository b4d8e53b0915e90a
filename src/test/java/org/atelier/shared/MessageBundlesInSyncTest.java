package org.atelier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message bundle exists in English (the default file), Dutch and Spanish with exactly the
 * same keys, and no translation is left empty.
 */
class MessageBundlesInSyncTest {

	private static final List<String> LANGUAGES = List.of("nl", "es");

	@Test
	void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
		Resource[] defaults = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		List<String> bundles = new ArrayList<>();
		for (Resource r : defaults) {
			String name = r.getFilename();
			if (name != null && !name.matches(".*_[a-z]{2}\\.properties")) {
				bundles.add(name.replace(".properties", ""));
			}
		}
		assertThat(bundles).contains("messages");
		for (String bundle : bundles) {
			Properties english = load("i18n/" + bundle + ".properties");
			assertThat(english).as(bundle + " is empty").isNotEmpty();
			for (String lang : LANGUAGES) {
				Properties translated = load("i18n/" + bundle + "_" + lang + ".properties");
				Set<String> missing = new TreeSet<>(english.stringPropertyNames());
				missing.removeAll(translated.stringPropertyNames());
				Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
				extra.removeAll(english.stringPropertyNames());
				assertThat(missing).as("keys of %s missing in %s", bundle, lang).isEmpty();
				assertThat(extra).as("keys of %s_%s not in English", bundle, lang).isEmpty();
				translated.forEach((k, v) -> assertThat(v.toString().strip())
					.as("%s_%s: %s is empty", bundle, lang, k).isNotEmpty());
			}
		}
	}

	private static Properties load(String path) throws IOException {
		var resource = new PathMatchingResourcePatternResolver().getResource("classpath:" + path);
		assertThat(resource.exists()).as(path + " exists").isTrue();
		Properties p = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}
}
