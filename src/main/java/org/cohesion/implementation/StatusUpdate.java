package org.cohesion.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A status update of a plan's works. Append-only. */
@Entity
@Table(name = "implementation_update")
public class StatusUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(nullable = false)
    private String body;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected StatusUpdate() {
    }

    public StatusUpdate(long planId, String body, long authorId, Instant postedAt) {
        this.planId = planId;
        this.body = body;
        this.authorId = authorId;
        this.postedAt = postedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public String getBody() {
        return body;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
