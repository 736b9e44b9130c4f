package org.cohesion.base;

import java.util.Locale;

/** Turns a search box's text into a safe, case-insensitive LIKE pattern. */
public final class Likes {

    private Likes() {
    }

    public static String containing(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        t = t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + t + "%";
    }
}
