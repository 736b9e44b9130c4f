package org.cohesion.session.record;

import java.util.List;

/**
 * A session's record as the reader reads it, in their language: a title, a few facts (plan, when, host, how
 * many took part) and the parts of every {@link SessionRecordSection} in order.
 */
public record RecordDocument(SessionRecord record, String title, List<String> facts, List<RecordPart> parts) {

    public RecordDocument {
        facts = List.copyOf(facts);
        parts = List.copyOf(parts);
    }
}
