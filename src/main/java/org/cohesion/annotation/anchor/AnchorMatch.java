package org.cohesion.annotation.anchor;

/**
 * Where an anchored passage was found in a (possibly changed) text.
 *
 * @param kind how it was found
 * @param start start offset in the new text (UTF-16 index), or -1 when {@link Kind#OUTDATED}
 * @param end end offset (exclusive) in the new text, or -1 when {@link Kind#OUTDATED}
 * @param similarity 1.0 for an exact match, {@code 1 - editDistance / quoteLength} (in code points) for a
 *     fuzzy one, 0.0 when outdated
 */
public record AnchorMatch(Kind kind, int start, int end, double similarity) {

    /** How the passage was found. */
    public enum Kind {
        /** The quoted passage occurs unchanged. */
        EXACT,
        /** A passage close enough to the quote (see {@link Anchoring#MIN_SIMILARITY}) occurs. */
        FUZZY,
        /** Nothing close enough is left: the remark keeps showing its original quote. */
        OUTDATED
    }

    public AnchorMatch {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (kind == Kind.OUTDATED ? start != -1 || end != -1 : start < 0 || end <= start) {
            throw new IllegalArgumentException("Bad range [" + start + ", " + end + ") for " + kind);
        }
    }

    static AnchorMatch outdated() {
        return new AnchorMatch(Kind.OUTDATED, -1, -1, 0.0);
    }

    /** Whether the passage was found (exactly or approximately). */
    public boolean isFound() {
        return kind != Kind.OUTDATED;
    }

    /** The passage as it now reads in {@code newText}; only when found. */
    public String passageIn(String newText) {
        requireFound();
        return newText.substring(start, end);
    }

    /**
     * A fresh anchor for the passage as it now reads, to store with the new revision so that the next
     * change is measured against it; only when found.
     *
     * @throws IllegalArgumentException if a fuzzy match grew beyond {@link TextAnchor#MAX_QUOTE_LENGTH}
     */
    public TextAnchor reanchor(String newText) {
        requireFound();
        return TextAnchor.of(newText, start, end);
    }

    private void requireFound() {
        if (!isFound()) {
            throw new IllegalStateException("The passage was not found (outdated)");
        }
    }
}
