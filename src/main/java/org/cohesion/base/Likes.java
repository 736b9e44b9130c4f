package org.cohesion.base;

import java.util.Locale;

/**
 * Turns a search box's text into a safe, case-insensitive LIKE pattern. Queries must name the escape character
 * ({@code like :q escape '!'}): without it Hibernate tells H2 to use none, and MariaDB would use a backslash.
 */
public final class Likes {

    /** The escape character of {@link #containing(String)}'s patterns. */
    public static final char ESCAPE = '!';

    private Likes() {
    }

    public static String containing(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        t = t.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + t + "%";
    }
}
