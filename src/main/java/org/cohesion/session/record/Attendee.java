package org.cohesion.session.record;

import java.time.Duration;
import java.util.List;

/**
 * Someone who was in the room: a member (by name) or a guest (by the display name they gave), their connection
 * periods in order, and their time present during the session (the periods merged, so that two tabs do not count
 * twice, and cut to the session's start and end).
 */
public record Attendee(long participantId, String name, boolean guest, boolean host, List<AttendancePeriod> periods,
                       Duration present) {

    public Attendee {
        periods = List.copyOf(periods);
    }
}
