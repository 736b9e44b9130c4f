package org.cohesion.annotation.anchor;

import java.util.Objects;

/**
 * Where a remark sits in a text: the quoted passage itself, a little context on either side, and the
 * passage's start offset at the time it was quoted (a hint only — the text may have changed since).
 *
 * <p>Offsets are Java {@code String} indices (UTF-16 code units), as the UI and the database use them; they
 * never split a surrogate pair. Context is measured in code points, so a Chinese or emoji context holds as
 * many characters as a Latin one.
 *
 * @param quote the exact passage, 1 to {@value #MAX_QUOTE_LENGTH} characters, not blank
 * @param prefix up to {@value #CONTEXT_LENGTH} code points immediately before the passage (maybe empty)
 * @param suffix up to {@value #CONTEXT_LENGTH} code points immediately after the passage (maybe empty)
 * @param startHint where the passage started when it was quoted; used to break ties only
 */
public record TextAnchor(String quote, String prefix, String suffix, int startHint) {

    /** Longest passage a remark may quote, in UTF-16 code units (what {@link String#length()} counts). */
    public static final int MAX_QUOTE_LENGTH = 1_000;

    /** How much context is kept on each side of the passage, in code points. */
    public static final int CONTEXT_LENGTH = 32;

    public TextAnchor {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (quote.isBlank()) {
            throw new IllegalArgumentException("The quoted passage must not be blank");
        }
        if (quote.length() > MAX_QUOTE_LENGTH) {
            throw new IllegalArgumentException("The quoted passage has " + quote.length()
                    + " characters; at most " + MAX_QUOTE_LENGTH + " are allowed");
        }
        if (startHint < 0) {
            throw new IllegalArgumentException("The start hint must not be negative: " + startHint);
        }
    }

    /**
     * Anchors the passage {@code text.substring(start, end)}.
     *
     * @throws IllegalArgumentException if the range is empty, outside the text, splits a surrogate pair,
     *     is longer than {@value #MAX_QUOTE_LENGTH} characters or holds only white space
     */
    public static TextAnchor of(String text, int start, int end) {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("The passage [" + start + ", " + end
                    + ") is not a non-empty range inside a text of " + text.length() + " characters");
        }
        if (splitsPair(text, start) || splitsPair(text, end)) {
            throw new IllegalArgumentException("The passage [" + start + ", " + end
                    + ") splits a character (surrogate pair) in two");
        }
        String quote = text.substring(start, end);
        int prefixStart = start;
        for (int i = 0; i < CONTEXT_LENGTH && prefixStart > 0; i++) {
            prefixStart = text.offsetByCodePoints(prefixStart, -1);
        }
        int suffixEnd = end;
        for (int i = 0; i < CONTEXT_LENGTH && suffixEnd < text.length(); i++) {
            suffixEnd = text.offsetByCodePoints(suffixEnd, 1);
        }
        return new TextAnchor(quote, text.substring(prefixStart, start), text.substring(end, suffixEnd), start);
    }

    private static boolean splitsPair(String text, int index) {
        return index > 0 && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }
}
