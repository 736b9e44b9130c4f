package org.cohesion.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.base.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A resident's idea for a space of their community. Its threshold and expiry are fixed when it is made; its
 * support count is kept with it (under its optimistic lock) so lists sort by it cheaply.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends AbstractEntity {

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "space_kind", nullable = false)
    private SpaceKind kind;

    @Column(nullable = false)
    private String location;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ProposalStatus status;

    @Column(name = "support_count", nullable = false)
    private int supportCount;

    @Column(name = "support_threshold", nullable = false)
    private int supportThreshold;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "photo_type")
    private String photoType;

    @Column(name = "photo_sha256")
    private String photoSha256;

    protected Proposal() {
    }

    Proposal(long communityId, long authorId, String title, String description, SpaceKind kind, String location,
             int supportThreshold, Instant createdAt, Instant expiresAt) {
        this.communityId = communityId;
        this.authorId = authorId;
        this.title = title;
        this.description = description;
        this.kind = kind;
        this.location = location;
        this.status = ProposalStatus.OPEN;
        this.supportThreshold = supportThreshold;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The status as of {@code now}: an open proposal past its expiry date is EXPIRED. */
    public ProposalStatus statusAt(Instant now) {
        return status == ProposalStatus.OPEN && !now.isBefore(expiresAt) ? ProposalStatus.EXPIRED : status;
    }

    /** Records the current number of supporters; an open proposal reaching its threshold becomes READY. */
    void supportCount(int count, Instant now) {
        this.supportCount = count;
        if (status == ProposalStatus.OPEN && count >= supportThreshold && now.isBefore(expiresAt)) {
            status = ProposalStatus.READY;
            readyAt = now;
        }
    }

    void decline(String reason, long planner, Instant now) {
        close(ProposalStatus.DECLINED, planner, now);
        this.declineReason = reason;
    }

    void mergeInto(long targetId, long planner, Instant now) {
        close(ProposalStatus.MERGED, planner, now);
        this.mergedIntoId = targetId;
    }

    void becamePlan(long planId, long planner, Instant now) {
        close(ProposalStatus.BECAME_PLAN, planner, now);
        this.planId = planId;
    }

    void photo(String contentType, String sha256) {
        this.photoType = contentType;
        this.photoSha256 = sha256;
    }

    private void close(ProposalStatus to, long planner, Instant now) {
        this.status = to;
        this.closedAt = now;
        this.closedBy = planner;
    }

    public long getCommunityId() {
        return communityId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public SpaceKind getKind() {
        return kind;
    }

    public String getLocation() {
        return location;
    }

    /** The stored status; see {@link #statusAt(Instant)} for the one to show. */
    public ProposalStatus getStatus() {
        return status;
    }

    public int getSupportCount() {
        return supportCount;
    }

    public int getSupportThreshold() {
        return supportThreshold;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getReadyAt() {
        return readyAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getClosedBy() {
        return closedBy;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getPhotoType() {
        return photoType;
    }

    public String getPhotoSha256() {
        return photoSha256;
    }
}
