package org.cohesion.session.poll;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One participant's answer to one poll: the dots they put on each option they chose (1 each for single and
 * multiple choice). At most one per participant and poll (a unique key); votes are never changed.
 */
@Entity
@Table(name = "session_poll_ballot")
public class SessionPollBallot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "poll_id", nullable = false)
    private long pollId;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    /** Option id → dots (rows of session_poll_vote). */
    @ElementCollection
    @CollectionTable(name = "session_poll_vote", joinColumns = @JoinColumn(name = "ballot_id"))
    @MapKeyColumn(name = "option_id")
    @Column(name = "dots", nullable = false)
    private Map<Long, Integer> votes = new LinkedHashMap<>();

    protected SessionPollBallot() {
    }

    SessionPollBallot(long pollId, long participantId, Map<Long, Integer> votes, Instant now) {
        this.pollId = pollId;
        this.participantId = participantId;
        this.votes.putAll(votes);
        this.castAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPollId() {
        return pollId;
    }

    public long getParticipantId() {
        return participantId;
    }

    public Instant getCastAt() {
        return castAt;
    }

    /** Option id → dots. */
    public Map<Long, Integer> getVotes() {
        return Collections.unmodifiableMap(votes);
    }
}
