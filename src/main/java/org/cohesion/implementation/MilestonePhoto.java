package org.cohesion.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The facts of a photo of a milestone (its bytes are kept apart, in {@link MilestonePhotoContent}). */
@Entity
@Table(name = "implementation_photo")
public class MilestonePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "milestone_id", nullable = false)
    private long milestoneId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    private String caption;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected MilestonePhoto() {
    }

    public MilestonePhoto(long milestoneId, long planId, String caption, String contentType, long sizeBytes,
                          long uploadedBy, Instant uploadedAt) {
        this.milestoneId = milestoneId;
        this.planId = planId;
        this.caption = caption;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getMilestoneId() {
        return milestoneId;
    }

    public long getPlanId() {
        return planId;
    }

    PhotoInfo info() {
        return new PhotoInfo(id, milestoneId, caption, contentType, sizeBytes, uploadedAt);
    }

    public String getContentType() {
        return contentType;
    }
}
