package org.cohesion.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The theme's plain CSS stays well-formed: a broken rule silently disables every rule after it. */
class ThemeStylesTest {

    private static final Path STYLES = Path.of("frontend/themes/cohesion/styles.css");

    @Test
    void bracesBalanceAndNoMergeMarkersAreLeft() throws IOException {
        String css = Files.readString(STYLES).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertThat(depth).as("rule opened inside a rule near line %d", line).isLessThanOrEqualTo(2);
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("unmatched } near line %d", line).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(depth).as("unclosed rules").isZero();
        assertThat(css).doesNotContain("<<<<<<<", ">>>>>>>");
    }
}
