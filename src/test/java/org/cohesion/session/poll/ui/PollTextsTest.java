package org.cohesion.session.poll.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollStatus;
import org.junit.jupiter.api.Test;

/**
 * The poll components translate through {@link PollTexts}, which SourceTranslationTest does not look for: every
 * key they name must be in the bundle too.
 */
class PollTextsTest {

    private static final Pattern USE = Pattern.compile("PollTexts\\.of\\(\\s*[\\w.]+,\\s*\"([^\"]+)\"");
    private static final Pattern QUOTED_KEY = Pattern.compile("\"(poll\\.[a-z.-]*[a-z])\"");

    @Test
    void everyKeyThePollComponentsNameExists() throws IOException {
        Properties en = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        int uses = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/cohesion/session/poll"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                for (Pattern p : List.of(USE, QUOTED_KEY)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        uses++;
                        if (!en.containsKey(m.group(1))) {
                            missing.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        for (PollKind k : PollKind.values()) {
            uses++;
            if (!en.containsKey(k.labelKey())) {
                missing.add(k.labelKey());
            }
        }
        for (PollStatus st : PollStatus.values()) {
            if (!en.containsKey(st.labelKey())) {
                missing.add(st.labelKey());
            }
        }
        assertThat(uses).isGreaterThan(40);
        assertThat(missing).isEmpty();
    }
}
