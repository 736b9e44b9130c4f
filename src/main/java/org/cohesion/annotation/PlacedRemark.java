package org.cohesion.annotation;

/**
 * A remark on a plan text and where its passage is in the text as it reads now: {@code [start, end)} in
 * {@code String} indices, or -1 for both when the passage is gone (the remark is outdated and shows its
 * original quote).
 */
public record PlacedRemark(AnnotationInfo remark, int start, int end) {

    static PlacedRemark unplaced(AnnotationInfo remark) {
        return new PlacedRemark(remark, -1, -1);
    }

    /** Whether the passage was found in the current text. */
    public boolean isPlaced() {
        return start >= 0;
    }
}
