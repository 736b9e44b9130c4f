package org.cohesion.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.base.AbstractEntity;
import org.cohesion.moderation.Visibility;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One comment in a thread; a deleted comment stays as a placeholder without its text. */
@Entity
@Table(name = "comment")
public class Comment extends AbstractEntity {

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(nullable = false)
    private boolean deleted;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Visibility moderation = Visibility.VISIBLE;

    @Column(name = "moderation_reason")
    private String moderationReason;

    protected Comment() {
    }

    public Comment(long threadId, Long parentId, long authorId, String body, Instant createdAt) {
        this.threadId = threadId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** Who sees it (moderation); the reason is shown to its author when hidden. */
    void moderate(Visibility visibility, String reason) {
        this.moderation = visibility;
        this.moderationReason = reason;
    }

    void edit(String newBody, Instant now) {
        this.body = newBody;
        this.editedAt = now;
    }

    /** Keeps the comment as a placeholder; its text is gone for good. */
    void delete() {
        this.body = "";
        this.deleted = true;
    }

    public long getThreadId() {
        return threadId;
    }

    public Long getParentId() {
        return parentId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Visibility getModeration() {
        return moderation;
    }

    public String getModerationReason() {
        return moderationReason;
    }
}
