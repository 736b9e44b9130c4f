package org.cohesion.session;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.people.UncheckedDisplayNames;
import org.cohesion.session.internal.LiveSessionRepository;
import org.cohesion.session.internal.SessionCommentRepository;
import org.cohesion.session.internal.SessionParticipantRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Comments written in a live session's room: members of the plan's community always, guests when the host allows
 * it (a setting of the session the host can change while it runs). Plain text, at most {@value #MAX_BODY}
 * characters, {@value #PER_MINUTE} a minute per participant. Passes are checked through {@link SessionGate}; a new
 * comment reaches the open rooms as a {@link SessionEvent.CommentsChanged}. Kept for the session's record.
 */
@Service
public class SessionCommentsService {

    public static final int MAX_BODY = 2_000;
    public static final int PER_MINUTE = 10;
    public static final int MAX_PAGE = 100;
    public static final int MAX_RECORD = 5_000;

    private final SessionCommentRepository comments;
    private final SessionParticipantRepository participants;
    private final LiveSessionRepository sessions;
    private final SessionGate gate;
    private final SessionChanges changes;
    private final SessionService sessionService;
    private final UncheckedDisplayNames names;
    private final Transactions transactions;
    private final ApplicationEventPublisher events;

    SessionCommentsService(SessionCommentRepository comments, SessionParticipantRepository participants,
                           LiveSessionRepository sessions, SessionGate gate, SessionChanges changes,
                           SessionService sessionService, UncheckedDisplayNames names, Transactions transactions,
                           ApplicationEventPublisher events) {
        this.comments = comments;
        this.participants = participants;
        this.sessions = sessions;
        this.gate = gate;
        this.changes = changes;
        this.sessionService = sessionService;
        this.names = names;
        this.transactions = transactions;
        this.events = events;
    }

    /** Whether the pass's participant may comment now: the session is live and they are a member or allowed. */
    @PreAuthorize("permitAll()")
    public boolean mayComment(SessionPass pass) {
        Participant me = gate.verify(pass);
        LiveSession s = changes.find(me.sessionId());
        return s.getStatus() == SessionStatus.LIVE && (!me.guest() || s.isGuestsMayComment());
    }

    /**
     * Writes a comment in the room (live sessions; guests only while the host allows it). Refused with a message
     * at {@code body} when empty, too long, too many in a minute, or not allowed.
     */
    @PreAuthorize("permitAll()")
    public RoomComment post(SessionPass pass, String body) {
        Participant me = gate.verify(pass);
        String text = body == null ? "" : body.strip();
        RoomComment posted = transactions.write(() -> {
            LiveSession s = sessions.findById(me.sessionId()).orElseThrow();
            SessionChanges.requireLive(s);
            if (me.guest() && !s.isGuestsMayComment()) {
                throw ValidationException.of("body", "session.comments.guests-not-allowed");
            }
            new Validation().required("body", text).maxLength("body", text, MAX_BODY).throwIfInvalid();
            if (comments.countByParticipantIdAndCreatedAtAfter(me.participantId(),
                    changes.now().minus(Duration.ofMinutes(1))) >= PER_MINUTE) {
                throw ValidationException.of("body", "session.comments.slow-down");
            }
            SessionComment saved = comments.saveAndFlush(new SessionComment(s.getId(), me.participantId(), text,
                    changes.now()));
            return new RoomComment(saved.getId(), me.participantId(), me.displayName(), me.guest(), text,
                    saved.getCreatedAt());
        });
        events.publishEvent(new SessionEvent.CommentsChanged(me.sessionId(), posted, guestsMayComment(me),
                System.nanoTime()));
        return posted;
    }

    /** The room's newest comments, newest first (at most {@value #MAX_PAGE}), for a valid pass. */
    @PreAuthorize("permitAll()")
    public List<RoomComment> newest(SessionPass pass, int limit) {
        Participant me = gate.verify(pass);
        return views(transactions.read(() -> comments.findBySessionIdOrderByIdDesc(me.sessionId(), page(limit))));
    }

    /** The room's comments written before {@code beforeId}, newest first: "load earlier". */
    @PreAuthorize("permitAll()")
    public List<RoomComment> before(SessionPass pass, long beforeId, int limit) {
        Participant me = gate.verify(pass);
        return views(transactions.read(() -> comments.findBySessionIdAndIdLessThanOrderByIdDesc(me.sessionId(),
                beforeId, page(limit))));
    }

    /** Lets guests comment, or stops them (host only); the open rooms show or hide their form at once. */
    @PreAuthorize("permitAll()")
    public void setGuestsMayComment(SessionPass pass, boolean allowed) {
        gate.requireHost(pass);
        changes.change(pass.sessionId(), s -> s.setGuestsMayComment(allowed), false);
        events.publishEvent(new SessionEvent.CommentsChanged(pass.sessionId(), null, allowed, System.nanoTime()));
    }

    /**
     * The comments of a session of a plan the signed-in viewer may see, oldest first, at most {@code limit}: for
     * the session's record.
     */
    @PreAuthorize("isAuthenticated()")
    public List<RoomComment> forRecord(long sessionId, int limit) {
        sessionService.session(sessionId);
        return views(transactions.read(() -> comments.findBySessionIdOrderByIdAsc(sessionId,
                Limit.of(Math.max(1, Math.min(limit, MAX_RECORD))))));
    }

    private boolean guestsMayComment(Participant me) {
        return changes.find(me.sessionId()).isGuestsMayComment();
    }

    private static Limit page(int limit) {
        return Limit.of(Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    private List<RoomComment> views(List<SessionComment> found) {
        Map<Long, SessionParticipant> byId = new HashMap<>();
        transactions.read(() -> {
            participants.findAllById(found.stream().map(SessionComment::getParticipantId).distinct().toList())
                    .forEach(p -> byId.put(p.getId(), p));
            return null;
        });
        Map<Long, String> memberNames = names.of(byId.values().stream().map(SessionParticipant::getUserId)
                .filter(Objects::nonNull).distinct().toList());
        return found.stream().map(c -> {
            SessionParticipant p = byId.get(c.getParticipantId());
            return new RoomComment(c.getId(), c.getParticipantId(),
                    p == null ? "" : SessionChanges.nameOf(p, memberNames), p != null && p.isGuest(), c.getBody(),
                    c.getCreatedAt());
        }).toList();
    }
}
