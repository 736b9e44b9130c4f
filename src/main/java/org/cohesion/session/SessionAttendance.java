package org.cohesion.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One connection period of a participant: open (no {@code leftAt}) while they are in the room. */
@Entity
@Table(name = "session_attendance")
public class SessionAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected SessionAttendance() {
    }

    SessionAttendance(long participantId, Instant now) {
        this.participantId = participantId;
        this.joinedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getParticipantId() {
        return participantId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    void leave(Instant now) {
        if (leftAt == null) {
            leftAt = now;
        }
    }
}
