package org.cohesion.base;

/**
 * Escapes text for Markdown (CommonMark) so that it reads as itself: line breaks become spaces, control characters
 * go, ASCII punctuation with a meaning is backslash-escaped, and so is a leading list, heading or block marker. What
 * people wrote can then never open a link, an image, a heading, a list, a table cell or HTML.
 */
public final class MarkdownText {

    private static final String ESCAPED = "\\`*_{}[]<>#!|~&$";

    private MarkdownText() {
    }

    /** The text as Markdown that reads as the text itself, on one line. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("[\\r\\n\\u2028\\u2029\\t]+", " ").replaceAll("\\p{Cntrl}", "").strip();
        StringBuilder out = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (ESCAPED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        if (out.length() > 0 && "-+=".indexOf(out.charAt(0)) >= 0) {
            out.insert(0, '\\');
        }
        int digits = 0;
        while (digits < out.length() && out.charAt(digits) >= '0' && out.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > 0 && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
            out.insert(digits, '\\');
        }
        return out.toString();
    }
}
