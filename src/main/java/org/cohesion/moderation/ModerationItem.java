package org.cohesion.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.cohesion.base.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The queue entry of one contribution that was flagged or awaits approval: a snapshot for the list (excerpt,
 * plan title) and a mirror of its visibility so the queue filters without asking the features.
 */
@Entity
@Table(name = "moderation_item")
public class ModerationItem extends AbstractEntity {

    static final int EXCERPT = 300;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "content_type", nullable = false)
    private ContentType contentType;

    @Column(name = "content_id", nullable = false)
    private long contentId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "plan_title", nullable = false)
    private String planTitle;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private String excerpt;

    /** PENDING or REVIEWED. */
    @Column(nullable = false)
    private String review;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Visibility visibility;

    @Column(name = "auto_hidden", nullable = false)
    private boolean autoHidden;

    @Column(name = "hide_reason")
    private String hideReason;

    @Column(name = "flag_count", nullable = false)
    private int flagCount;

    @Column(name = "reviewed_flags", nullable = false)
    private int reviewedFlags;

    @Column(nullable = false)
    private String reasons = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity", nullable = false)
    private Instant lastActivity;

    protected ModerationItem() {
    }

    ModerationItem(ModeratedContent c, String planTitle, Instant now) {
        this.contentType = c.type();
        this.contentId = c.id();
        this.planId = c.planId();
        this.communityId = c.communityId();
        this.planTitle = cut(planTitle == null ? "" : planTitle, EXCERPT);
        this.authorId = c.authorId();
        this.excerpt = cut(c.text() == null ? "" : c.text().strip().replaceAll("\\s+", " "), EXCERPT);
        this.review = "PENDING";
        this.visibility = c.visibility();
        this.createdAt = now;
        this.lastActivity = now;
    }

    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Counts a new flag; true when it now has enough flags since the last review to be hidden automatically. */
    boolean flagged(FlagReason reason, int count, int threshold, Instant now) {
        flagCount = count;
        if (!reasons.contains("," + reason.name() + ",")) {
            reasons = (reasons.isEmpty() ? "," : reasons) + reason.name() + ",";
        }
        review = "PENDING";
        lastActivity = now;
        return visibility == Visibility.VISIBLE && flagCount - reviewedFlags >= threshold;
    }

    void autoHide(Instant now) {
        visibility = Visibility.HIDDEN;
        autoHidden = true;
        hideReason = null;
        lastActivity = now;
    }

    void awaitApproval(Instant now) {
        visibility = Visibility.AWAITING_REVIEW;
        review = "PENDING";
        lastActivity = now;
    }

    void hide(String reason, Instant now) {
        visibility = Visibility.HIDDEN;
        autoHidden = false;
        hideReason = reason;
        decided(now);
    }

    void restore(Instant now) {
        visibility = Visibility.VISIBLE;
        autoHidden = false;
        hideReason = null;
        decided(now);
    }

    void markReviewed(Instant now) {
        decided(now);
    }

    void visibilityChanged(Visibility v) {
        visibility = v;
    }

    private void decided(Instant now) {
        review = "REVIEWED";
        reviewedFlags = flagCount;
        lastActivity = now;
    }

    public ContentType getContentType() {
        return contentType;
    }

    public long getContentId() {
        return contentId;
    }

    public long getPlanId() {
        return planId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public boolean isPending() {
        return "PENDING".equals(review);
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public boolean isAutoHidden() {
        return autoHidden;
    }

    public String getHideReason() {
        return hideReason;
    }

    public int getFlagCount() {
        return flagCount;
    }

    public Set<FlagReason> getReasons() {
        Set<FlagReason> set = EnumSet.noneOf(FlagReason.class);
        for (String r : reasons.split(",")) {
            if (!r.isEmpty()) {
                set.add(FlagReason.valueOf(r));
            }
        }
        return set;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivity() {
        return lastActivity;
    }
}
