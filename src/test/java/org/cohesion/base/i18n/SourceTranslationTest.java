package org.cohesion.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Keeps user-visible text in the bundles: every message key the code names exists, and UI code passes no
 * literal text to components (literals made only of punctuation, digits or spaces are allowed).
 */
class SourceTranslationTest {

    private static final Path MAIN = Path.of("src/main/java");

    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"[,)]"),
            Pattern.compile("new Message\\(\\s*\"([^\"]+)\""),
            Pattern.compile("reject\\(\\s*\"[^\"]+\",\\s*\"([^\"]+)\""),
            Pattern.compile("ValidationException\\.of\\(\\s*\"[^\"]+\",\\s*\"([^\"]+)\""),
            Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\""),
            Pattern.compile("render\\(\\s*\"([^\"]+)\",\\s*\"([^\"]+)\""),
            Pattern.compile("\\bkey = \"([^\"]+)\""),
            // a session record's RecordContext
            Pattern.compile("\\.t\\(\\s*\"([^\"]+)\"[,)]"));

    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(?:new (?:Button|Span|H[1-6]|Paragraph|Label|NativeLabel|Text|Div|ListItem|Tab|Checkbox|Details"
                    + "|Notification|Emphasis|Strong)"
                    + "|\\.(?:setText|setLabel|setTitle|setPlaceholder|setHelperText|setHeaderTitle|setHeader"
                    + "|setAriaLabel|setTooltipText|setErrorMessage|addItem|addTab|add|setConfirmText"
                    + "|setCancelText|setRejectText|setSummaryText)|Notification\\.show|Notifications\\.(?:success|error))"
                    + "\\(\\s*\"([^\"]*)\"");
    private static final Pattern ANCHOR_TEXT = Pattern.compile("new Anchor\\(\\s*[^,]+,\\s*\"([^\"]*)\"");

    @Test
    void everyKeyNamedInCodeExistsInTheBundle() throws IOException {
        Map<String, String> en = MessageBundlesTest.load("messages.properties");
        List<String> missing = new ArrayList<>();
        forEachSource(MAIN, (file, text) -> {
            for (Pattern p : KEY_USES) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (!en.containsKey(m.group(g))) {
                            missing.add(file.getFileName() + ": " + m.group(g));
                        }
                    }
                }
            }
        });
        assertThat(missing).as("message keys used in code but missing in messages.properties").isEmpty();
    }

    @Test
    void everyEnumLabelHasAKey() throws IOException {
        Map<String, String> en = MessageBundlesTest.load("messages.properties");
        for (Role r : Role.values()) {
            assertThat(en).containsKey(r.labelKey());
        }
        for (StakeholderGroup g : StakeholderGroup.values()) {
            assertThat(en).containsKey(g.labelKey());
        }
        for (java.util.Locale l : Locales.SUPPORTED) {
            assertThat(en).containsKey(Locales.labelKey(l));
        }
    }

    @Test
    void uiCodeHasNoHardCodedText() throws IOException {
        List<String> offenders = new ArrayList<>();
        forEachSource(MAIN, (file, text) -> {
            if (!file.toString().contains("/ui/")) {
                return;
            }
            for (Pattern p : List.of(LITERAL_TEXT, ANCHOR_TEXT)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    if (m.group(1).codePoints().anyMatch(Character::isLetter)) {
                        offenders.add(file.getFileName() + ": \"" + m.group(1) + "\"");
                    }
                }
            }
        });
        assertThat(offenders).as("user-visible literals in UI code; use getTranslation(key)").isEmpty();
    }

    @Test
    void theCheckCatchesALiteral() {
        Matcher m = LITERAL_TEXT.matcher("add(new Button(\"Save\"), e -> save());");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("Save");
    }

    private interface SourceVisitor {
        void visit(Path file, String text);
    }

    private static void forEachSource(Path root, SourceVisitor visitor) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    visitor.visit(f, Files.readString(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
