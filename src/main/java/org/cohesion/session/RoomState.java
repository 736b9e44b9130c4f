package org.cohesion.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.PlanField;

/**
 * Everything a session's room shows when it opens: the session, its plan (title, long texts, drawings — all a
 * guest may see of it), the agenda, the live state, the server's time (for the timer) and who is looking.
 */
public record RoomState(long sessionId, String title, SessionStatus status, String joinCode, Instant startsAt,
                        long planId, String planTitle, Map<PlanField, String> texts, List<DrawingInfo> drawings,
                        List<AgendaItemView> agenda, LiveState live, Instant now, boolean guestsMayComment,
                        Participant me) {

    public Focus focus() {
        return live.focus();
    }

    public Instant timerEndsAt() {
        return live.timerEndsAt();
    }
}
