package org.cohesion.session.poll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An option of a poll, at its position (1, 2, …); fixed once the poll is created. */
@Entity
@Table(name = "session_poll_option")
public class SessionPollOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "poll_id", nullable = false)
    private long pollId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String label;

    protected SessionPollOption() {
    }

    SessionPollOption(long pollId, int position, String label) {
        this.pollId = pollId;
        this.position = position;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public long getPollId() {
        return pollId;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }
}
