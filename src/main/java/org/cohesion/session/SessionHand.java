package org.cohesion.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A raised hand: up while not lowered; {@code calledAt} marks the speaker the host called. */
@Entity
@Table(name = "session_hand")
public class SessionHand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "lowered_at")
    private Instant loweredAt;

    @Column(name = "called_at")
    private Instant calledAt;

    protected SessionHand() {
    }

    SessionHand(long sessionId, long participantId, Instant now) {
        this.sessionId = sessionId;
        this.participantId = participantId;
        this.raisedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getParticipantId() {
        return participantId;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getLoweredAt() {
        return loweredAt;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    void lower(Instant now) {
        if (loweredAt == null) {
            loweredAt = now;
        }
    }

    void call(Instant now) {
        calledAt = now;
    }
}
