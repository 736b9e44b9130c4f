package org.cohesion.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cohesion.base.Message;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: 8 to 128 characters, no composition rules, not one of the most
 * common passwords and not the username.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Why this password is refused, or null when it is acceptable. */
    public Message check(String password, String username) {
        if (password == null || password.isEmpty()) {
            return new Message("validation.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return new Message("password.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            return new Message("password.too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return new Message("password.too-common");
        }
        if (username != null && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            return new Message("password.same-as-username");
        }
        return null;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
