package org.cohesion.session.record;

import java.time.Instant;
import java.util.List;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.session.AgendaItemView;
import org.cohesion.session.SessionSummary;

/**
 * What an ended session left behind, read from the database: the session, its host, who attended and when, the
 * agenda with when each item became current, and the annotations and comments made on its plan between its start
 * and end. {@code more…} tells that a list was cut at {@link SessionRecordService#MAX_ITEMS}.
 */
public record SessionRecord(SessionSummary session, String hostName, List<Attendee> attendance,
                            List<AgendaItemView> agenda, List<AnnotationInfo> annotations, boolean moreAnnotations,
                            List<RecordComment> comments, boolean moreComments) {

    public SessionRecord {
        attendance = List.copyOf(attendance);
        agenda = List.copyOf(agenda);
        annotations = List.copyOf(annotations);
        comments = List.copyOf(comments);
    }

    public long sessionId() {
        return session.id();
    }

    /** When the session started (null when it ended without being started). */
    public Instant startedAt() {
        return session.startedAt();
    }

    public Instant endedAt() {
        return session.endedAt();
    }
}
