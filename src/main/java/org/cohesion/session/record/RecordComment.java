package org.cohesion.session.record;

import java.time.Instant;

/**
 * A comment made during the session: on the plan's general discussion ({@code annotationId} null) or on an
 * annotation (its id and number; the number is null when the annotation is gone). {@code body} is plain text.
 */
public record RecordComment(long id, Long annotationId, Integer annotationNumber, String authorName, String body,
                            Instant createdAt, boolean reply, boolean edited) {

    public boolean general() {
        return annotationId == null;
    }
}
