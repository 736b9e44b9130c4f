package org.cohesion.session;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.Transactions;
import org.cohesion.base.ValidationException;
import org.cohesion.people.UncheckedDisplayNames;
import org.cohesion.session.internal.LiveSessionRepository;
import org.cohesion.session.internal.SessionAttendanceRepository;
import org.cohesion.session.internal.SessionHandRepository;
import org.cohesion.session.internal.SessionParticipantRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the session services share: finding a session, changing its live state in a transaction, and publishing
 * the snapshots ({@link SessionEvent}) that the open rooms apply after each committed change. No access checks:
 * the public services check the pass or the sign-in before they get here.
 */
@Component
class SessionChanges {

    private final LiveSessionRepository sessions;
    private final SessionParticipantRepository participants;
    private final SessionAttendanceRepository attendance;
    private final SessionHandRepository hands;
    private final UncheckedDisplayNames names;
    private final Transactions transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SessionChanges(LiveSessionRepository sessions, SessionParticipantRepository participants,
                   SessionAttendanceRepository attendance, SessionHandRepository hands, UncheckedDisplayNames names,
                   Transactions transactions, Clock clock, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.participants = participants;
        this.attendance = attendance;
        this.hands = hands;
        this.names = names;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    LiveSession find(long sessionId) {
        return transactions.read(() -> sessions.findById(sessionId)
                .orElseThrow(() -> new ObjectNotFoundException("Session " + sessionId)));
    }

    static void requireLive(LiveSession s) {
        if (s.getStatus() != SessionStatus.LIVE) {
            throw ValidationException.of("status", "session.error.not-live");
        }
    }

    /** Changes a live session in a transaction and announces its new state. */
    LiveState change(long sessionId, Consumer<LiveSession> work) {
        return change(sessionId, work, true);
    }

    /** Changes the session in a transaction (live sessions only, unless told otherwise) and announces the state. */
    LiveState change(long sessionId, Consumer<LiveSession> work, boolean liveOnly) {
        LiveState state = transactions.write(() -> {
            LiveSession s = sessions.findById(sessionId)
                    .orElseThrow(() -> new ObjectNotFoundException("Session " + sessionId));
            if (liveOnly) {
                requireLive(s);
            }
            work.accept(s);
            sessions.flush();
            return state(s);
        });
        events.publishEvent(new SessionEvent.StateChanged(state));
        return state;
    }

    /** Publishes the session's participant list as it is now. */
    void participantsChanged(long sessionId) {
        long seq = System.nanoTime();
        events.publishEvent(new SessionEvent.ParticipantsChanged(sessionId, participantsOf(sessionId), seq));
    }

    /** Publishes the session's raised-hand queue as it is now, and returns it. */
    List<HandView> handsChanged(long sessionId) {
        long seq = System.nanoTime();
        List<HandView> queue = queueOf(sessionId);
        events.publishEvent(new SessionEvent.HandsChanged(sessionId, queue, seq));
        return queue;
    }

    void followRequested(long sessionId) {
        events.publishEvent(new SessionEvent.FollowRequested(sessionId, System.nanoTime()));
    }

    /** The session's participants in the order they first joined; present = an open connection period. */
    List<ParticipantView> participantsOf(long sessionId) {
        return transactions.read(() -> {
            LiveSession s = sessions.findById(sessionId)
                    .orElseThrow(() -> new ObjectNotFoundException("Session " + sessionId));
            List<SessionParticipant> all = participants.findBySessionIdOrderById(sessionId);
            Set<Long> present = new HashSet<>(attendance.presentParticipantIds(sessionId));
            Map<Long, String> memberNames = names.of(all.stream().map(SessionParticipant::getUserId)
                    .filter(Objects::nonNull).toList());
            return all.stream().map(p -> new ParticipantView(p.getId(), nameOf(p, memberNames), p.isGuest(),
                    !p.isGuest() && p.getUserId() == s.getHostId(), present.contains(p.getId()),
                    p.isFollowsHost())).toList();
        });
    }

    /** The raised hands in the order they were raised, the called speaker marked. */
    List<HandView> queueOf(long sessionId) {
        return transactions.read(() -> {
            List<SessionHand> up = hands.findBySessionIdAndLoweredAtIsNullOrderByRaisedAtAscIdAsc(sessionId);
            Map<Long, SessionParticipant> byId = new HashMap<>();
            participants.findAllById(up.stream().map(SessionHand::getParticipantId).toList())
                    .forEach(p -> byId.put(p.getId(), p));
            Map<Long, String> memberNames = names.of(byId.values().stream().map(SessionParticipant::getUserId)
                    .filter(Objects::nonNull).toList());
            return up.stream().map(h -> {
                SessionParticipant p = byId.get(h.getParticipantId());
                return new HandView(h.getId(), h.getParticipantId(), p == null ? "" : nameOf(p, memberNames),
                        h.getRaisedAt(), h.getCalledAt() != null);
            }).toList();
        });
    }

    static String nameOf(SessionParticipant p, Map<Long, String> memberNames) {
        return p.isGuest() ? p.getGuestName() : memberNames.getOrDefault(p.getUserId(), "");
    }

    static LiveState state(LiveSession s) {
        Focus focus = s.getFocusKind() == null ? null : new Focus(s.getFocusKind(), s.getFocusRef(),
                s.getFocusChangedAt());
        return new LiveState(s.getId(), s.getStatus(), s.getCurrentItemId(), focus, s.getTimerEndsAt(),
                s.getTimerSeconds(), s.getVersion());
    }

    /** Now, to the microsecond the database keeps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The server's time as it is (for the timer's countdown). */
    Instant serverTime() {
        return clock.instant();
    }
}
