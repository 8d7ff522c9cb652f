package org.jsis.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message bundle {@code i18n/<name>_en.properties} has a {@code _ru} twin with exactly the same
 * keys and no empty text, and every {@code #{key}} that a template names literally exists. Covers the
 * bundles and templates of every module, present and future.
 */
class I18nBundlesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Test
    void englishAndRussianBundlesHaveTheSameKeys() throws IOException {
        Resource[] english = resolver.getResources("classpath*:i18n/*_en.properties");
        assertThat(english).as("message bundles").isNotEmpty();
        for (Resource en : english) {
            String name = en.getFilename().replace("_en.properties", "");
            Resource ru = en.createRelative(name + "_ru.properties");
            assertThat(ru.exists()).as("i18n/%s_ru.properties", name).isTrue();
            Properties enKeys = load(en);
            Properties ruKeys = load(ru);
            assertThat(new TreeSet<>(ruKeys.stringPropertyNames()))
                    .as("keys of i18n/%s_ru.properties compared with _en", name)
                    .isEqualTo(new TreeSet<>(enKeys.stringPropertyNames()));
            assertNoBlankText(name + "_en", enKeys);
            assertNoBlankText(name + "_ru", ruKeys);
        }
    }

    @Test
    void everyRussianBundleHasAnEnglishTwin() throws IOException {
        for (Resource ru : resolver.getResources("classpath*:i18n/*_ru.properties")) {
            String name = ru.getFilename().replace("_ru.properties", "");
            assertThat(ru.createRelative(name + "_en.properties").exists())
                    .as("i18n/%s_en.properties", name)
                    .isTrue();
        }
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Resource en : resolver.getResources("classpath*:i18n/*_en.properties")) {
            keys.addAll(load(en).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Resource template : resolver.getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher m = TEMPLATE_KEY.matcher(html);
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(template.getFilename() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing)
                .as("message keys used in templates but in no bundle")
                .isEmpty();
    }

    private static void assertNoBlankText(String bundle, Properties properties) {
        assertThat(properties.stringPropertyNames())
                .as("keys with empty text in %s", bundle)
                .allSatisfy(
                        key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
