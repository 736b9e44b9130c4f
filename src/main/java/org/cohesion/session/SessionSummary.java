package org.cohesion.session;

import java.time.Instant;

/** A session as lists and the join page show it, with its plan's title. */
public record SessionSummary(long id, long planId, String planTitle, String title, Instant startsAt,
                             SessionStatus status, String joinCode, boolean guestsMayComment, Instant startedAt,
                             Instant endedAt) {

    public boolean live() {
        return status == SessionStatus.LIVE;
    }

    /** The path that joins this session, for links and the QR code. */
    public String joinPath() {
        return "join/" + joinCode;
    }
}
