package org.cohesion.session;

import java.security.SecureRandom;
import java.util.Locale;

/** Session join codes: 6 characters from an alphabet without look-alikes (no 0, O, 1 or I), typed in any case. */
final class JoinCodes {

    static final int LENGTH = 6;
    static final int MAX_LENGTH = 12;
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String generate() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The code as stored: without spaces and dashes, upper case; empty when nothing was typed. */
    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }
}
