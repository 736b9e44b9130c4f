package org.cohesion.plan;

import java.util.List;

/**
 * How a plan's fields differ between two revisions: only fields whose values differ are listed, in the order
 * of {@link PlanField}. Revision 0 stands for the empty plan before it was created.
 */
public record PlanDiff(long planId, int fromRevision, int toRevision, List<FieldDiff> fields) {

    public PlanDiff {
        fields = List.copyOf(fields);
    }

    /** True when both revisions hold the same values. */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * One field that differs: its stored values (null when empty) and, for long texts, the word-level changes
     * that turn the old text into the new one (empty for short fields, which are shown as old → new).
     */
    public record FieldDiff(PlanField field, String oldValue, String newValue, List<Segment> segments) {

        public FieldDiff {
            segments = List.copyOf(segments);
        }

        /** True when the field is diffed word by word (see {@link PlanField#isLongText()}). */
        public boolean isWordDiff() {
            return field.isLongText();
        }
    }

    /** A stretch of text that both versions share, or that only the old (deleted) or new (inserted) one has. */
    public record Segment(Change change, String text) {
    }

    /** What happened to a stretch of text. */
    public enum Change {
        EQUAL,
        INSERTED,
        DELETED
    }
}
