package org.cohesion.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.base.AbstractEntity;

/** A member's rating of a plan's built result: 1 to 5 stars and an optional comment. One per member and plan. */
@Entity
@Table(name = "plan_rating")
public class Rating extends AbstractEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private int stars;

    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Rating() {
    }

    public Rating(long planId, long userId, Instant now) {
        this.planId = planId;
        this.userId = userId;
        this.createdAt = now;
    }

    /** Sets (or changes) the stars and comment. */
    public void rate(int stars, String comment, Instant now) {
        this.stars = stars;
        this.comment = comment;
        this.updatedAt = now;
    }

    public long getPlanId() {
        return planId;
    }

    public long getUserId() {
        return userId;
    }

    public int getStars() {
        return stars;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
