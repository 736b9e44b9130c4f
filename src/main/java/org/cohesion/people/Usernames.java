package org.cohesion.people;

import java.util.Locale;
import java.util.regex.Pattern;
import org.cohesion.base.Validation;

/** Username rules: 3 to 100 letters, digits, dots, dashes or underscores (any script), case-insensitive. */
final class Usernames {

    static final int MIN_LENGTH = 3;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}._-]+");

    private Usernames() {
    }

    static String normalize(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    static void check(Validation v, String field, String normalized) {
        v.name(field, normalized);
        if (v.hasError(field)) {
            return;
        }
        if (normalized.codePointCount(0, normalized.length()) < MIN_LENGTH) {
            v.reject(field, "username.too-short", MIN_LENGTH);
        } else if (!ALLOWED.matcher(normalized).matches()) {
            v.reject(field, "username.invalid-characters");
        }
    }
}
