package org.cohesion.session.record;

/**
 * An item of a list in the record: a short {@code label} (who, when, what: shown in bold), the {@code text}
 * (e.g. what someone wrote; may be empty) and, for the page only, an app-relative {@code link} (may be null).
 */
public record RecordItem(String label, String text, String link) {

    public RecordItem(String label, String text) {
        this(label, text, null);
    }
}
