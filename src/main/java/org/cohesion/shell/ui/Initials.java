package org.cohesion.shell.ui;

import java.util.Locale;

/** Avatar initials: a Chinese name's first character (陈静 → 陈), else the first letters of two words. */
final class Initials {

    private Initials() {
    }

    static String of(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            return "?";
        }
        int first = name.codePointAt(0);
        if (Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN) {
            return new String(Character.toChars(first));
        }
        String[] words = name.split("\\s+");
        StringBuilder sb = new StringBuilder().appendCodePoint(first);
        if (words.length > 1) {
            sb.appendCodePoint(words[1].codePointAt(0));
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
