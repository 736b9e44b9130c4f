package org.cohesion.session;

import java.time.Instant;
import java.util.List;
import org.cohesion.base.Transactions;
import org.cohesion.session.internal.SessionHandRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Raised hands in a live session: participants (members and guests, with their pass) raise and lower their hand;
 * the host calls the next speaker, who is highlighted for all. Passes are checked through {@link SessionGate}
 * (so the methods are {@code permitAll()} at the method level); a queue change reaches the open rooms as a
 * {@link SessionEvent.HandsChanged} snapshot.
 */
@Service
public class SessionHandsService {

    private final SessionHandRepository hands;
    private final SessionGate gate;
    private final SessionChanges changes;
    private final Transactions transactions;

    SessionHandsService(SessionHandRepository hands, SessionGate gate, SessionChanges changes,
                        Transactions transactions) {
        this.hands = hands;
        this.gate = gate;
        this.changes = changes;
        this.transactions = transactions;
    }

    /** The raised hands in the order they were raised; the called speaker is marked. */
    @PreAuthorize("permitAll()")
    public List<HandView> queue(SessionPass pass) {
        return changes.queueOf(gate.verify(pass).sessionId());
    }

    /** Raises the pass's participant's hand (once: raising again keeps its place). Live sessions only. */
    @PreAuthorize("permitAll()")
    public void raiseHand(SessionPass pass) {
        Participant me = gate.verify(pass);
        SessionChanges.requireLive(changes.find(me.sessionId()));
        boolean raised = transactions.write(() -> {
            if (hands.findFirstByParticipantIdAndLoweredAtIsNull(me.participantId()).isPresent()) {
                return false;
            }
            hands.saveAndFlush(new SessionHand(me.sessionId(), me.participantId(), changes.now()));
            return true;
        });
        if (raised) {
            changes.handsChanged(me.sessionId());
        }
    }

    /** Lowers the pass's participant's hand (also when they were called and have finished speaking). */
    @PreAuthorize("permitAll()")
    public void lowerHand(SessionPass pass) {
        Participant me = gate.verify(pass);
        boolean lowered = transactions.write(() -> hands.findFirstByParticipantIdAndLoweredAtIsNull(
                me.participantId()).map(h -> {
                    h.lower(changes.now());
                    return true;
                }).orElse(false));
        if (lowered) {
            changes.handsChanged(me.sessionId());
        }
    }

    /**
     * Calls the next speaker (host only): the called speaker's hand is lowered and the hand raised longest ago
     * is called. Returns the new speaker, or null when nobody is waiting.
     */
    @PreAuthorize("permitAll()")
    public HandView callNext(SessionPass pass) {
        gate.requireHost(pass);
        long sessionId = pass.sessionId();
        SessionChanges.requireLive(changes.find(sessionId));
        Long calledId = transactions.write(() -> {
            Instant now = changes.now();
            SessionHand next = null;
            for (SessionHand h : hands.findBySessionIdAndLoweredAtIsNullOrderByRaisedAtAscIdAsc(sessionId)) {
                if (h.getCalledAt() != null) {
                    h.lower(now);
                } else if (next == null) {
                    next = h;
                }
            }
            if (next != null) {
                next.call(now);
            }
            hands.flush();
            return next == null ? null : next.getId();
        });
        List<HandView> queue = changes.handsChanged(sessionId);
        return calledId == null ? null
                : queue.stream().filter(h -> h.handId() == calledId).findFirst().orElse(null);
    }
}
