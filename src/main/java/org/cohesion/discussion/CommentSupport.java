package org.cohesion.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One person's support (+1) of one comment; the key makes it once per person. */
@Entity
@Table(name = "comment_support")
public class CommentSupport {

    /** Comment and supporter. */
    @Embeddable
    public record Key(@Column(name = "comment_id") long commentId, @Column(name = "user_id") long userId)
            implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommentSupport() {
    }

    CommentSupport(Key id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    public Key getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
