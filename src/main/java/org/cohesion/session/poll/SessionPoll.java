package org.cohesion.session.poll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.base.AbstractEntity;

/** A poll of a live session, with its question, kind and status; options and ballots are rows of their own. */
@Entity
@Table(name = "session_poll")
public class SessionPoll extends AbstractEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PollKind kind;

    /** The dots each participant spreads (dot-voting only); null otherwise. */
    @Column
    private Integer dots;

    @Column(name = "open_to_guests", nullable = false)
    private boolean openToGuests;

    /** Whether the poll is meant as the plan's decision (created, opened and voted in only in DECISION). */
    @Column(nullable = false)
    private boolean decides;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PollStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected SessionPoll() {
    }

    SessionPoll(long sessionId, String question, PollKind kind, Integer dots, boolean openToGuests, boolean decides,
                Instant now) {
        this.sessionId = sessionId;
        this.question = question;
        this.kind = kind;
        this.dots = kind == PollKind.DOTS ? dots : null;
        this.openToGuests = openToGuests;
        this.decides = decides;
        this.status = PollStatus.DRAFT;
        this.createdAt = now;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getQuestion() {
        return question;
    }

    public PollKind getKind() {
        return kind;
    }

    public Integer getDots() {
        return dots;
    }

    public boolean isOpenToGuests() {
        return openToGuests;
    }

    public boolean isDecides() {
        return decides;
    }

    public PollStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    void open(Instant now) {
        status = PollStatus.OPEN;
        openedAt = now;
    }

    void close(Instant now) {
        status = PollStatus.CLOSED;
        closedAt = now;
    }
}
