package org.cohesion.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The English and Chinese bundles stay in step: same keys, no blanks, valid and matching placeholders. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static Map<String, String> load(String name) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            p.forEach((k, v) -> map.put((String) k, (String) v));
            return map;
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Map<String, String> en = load("messages.properties");
        Map<String, String> zh = load("messages_zh_CN.properties");
        assertThat(zh.keySet()).as("keys missing in Chinese, or extra").containsExactlyInAnyOrderElementsOf(en.keySet());
    }

    @Test
    void noTranslationIsBlankAndPatternsAreValid() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            load(bundle).forEach((key, value) -> {
                assertThat(value).as(bundle + " " + key).isNotBlank();
                new MessageFormat(value);
            });
        }
    }

    @Test
    void placeholdersMatchBetweenLanguages() throws IOException {
        Map<String, String> en = load("messages.properties");
        Map<String, String> zh = load("messages_zh_CN.properties");
        en.forEach((key, value) -> assertThat(placeholders(zh.getOrDefault(key, "")))
                .as("placeholders of " + key).isEqualTo(placeholders(value)));
    }

    @Test
    void chineseBundleIsReallyChinese() throws IOException {
        Map<String, String> zh = load("messages_zh_CN.properties");
        long withHan = zh.values().stream().filter(v -> v.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        assertThat(withHan).as("Chinese translations").isGreaterThan(zh.size() * 8L / 10);
    }

    private static java.util.Set<String> placeholders(String pattern) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
