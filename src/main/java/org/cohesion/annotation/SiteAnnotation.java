package org.cohesion.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cohesion.annotation.anchor.TextAnchor;
import org.cohesion.base.AbstractEntity;
import org.cohesion.moderation.Visibility;
import org.cohesion.plan.PlanField;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A pin or area on a site drawing, or a remark on a passage of a plan text, with its first comment
 * ({@code body}) and the planners' answer.
 */
@Entity(name = "SiteAnnotation")
@Table(name = "annotation")
public class SiteAnnotation extends AbstractEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "drawing_id")
    private Long drawingId;

    @Column(nullable = false)
    private int number;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AnnotationShape shape;

    @Column(nullable = false)
    private String points;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AnnotationCategory category;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AnnotationStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "addressed_in_revision")
    private Integer addressedInRevision;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String body;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private boolean deleted;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "text_field")
    private PlanField textField;

    @Column(name = "quote")
    private String quote;

    @Column(name = "quote_prefix")
    private String quotePrefix;

    @Column(name = "quote_suffix")
    private String quoteSuffix;

    @Column(name = "quote_start")
    private Integer quoteStart;

    @Column(nullable = false)
    private boolean outdated;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Visibility moderation = Visibility.VISIBLE;

    @Column(name = "moderation_reason")
    private String moderationReason;

    protected SiteAnnotation() {
    }

    SiteAnnotation(long planId, long drawingId, int number, AnnotationShape shape, List<Point> points,
                   AnnotationCategory category, String body, long authorId, Instant now) {
        this.planId = planId;
        this.drawingId = drawingId;
        this.number = number;
        this.shape = shape;
        this.points = encode(points);
        this.category = category;
        this.status = AnnotationStatus.OPEN;
        this.body = body;
        this.authorId = authorId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A remark on a passage of one of the plan's texts. */
    static SiteAnnotation remark(long planId, int number, PlanField field, TextAnchor anchor,
                                 AnnotationCategory category, String body, long authorId, Instant now) {
        SiteAnnotation a = new SiteAnnotation();
        a.planId = planId;
        a.number = number;
        a.shape = AnnotationShape.TEXT;
        a.points = "";
        a.textField = field;
        a.setAnchor(anchor);
        a.category = category;
        a.status = AnnotationStatus.OPEN;
        a.body = body;
        a.authorId = authorId;
        a.createdAt = now;
        a.updatedAt = now;
        return a;
    }

    /** Keeps the passage as found in a changed text, or marks the remark outdated (keeping the old anchor). */
    void reanchor(TextAnchor found) {
        if (found == null) {
            outdated = true;
        } else {
            setAnchor(found);
            outdated = false;
        }
    }

    private void setAnchor(TextAnchor anchor) {
        quote = anchor.quote();
        quotePrefix = anchor.prefix();
        quoteSuffix = anchor.suffix();
        quoteStart = anchor.startHint();
    }

    void move(List<Point> newPoints, Instant now) {
        this.points = encode(newPoints);
        this.updatedAt = now;
    }

    void answer(AnnotationStatus newStatus, String reason, Integer revision, Instant now) {
        this.status = newStatus;
        this.statusReason = reason;
        this.addressedInRevision = revision;
        this.updatedAt = now;
    }

    /** Who sees it (moderation); the reason is shown to its author when hidden. */
    void moderate(Visibility visibility, String reason) {
        this.moderation = visibility;
        this.moderationReason = reason;
    }

    public Visibility getModeration() {
        return moderation;
    }

    public String getModerationReason() {
        return moderationReason;
    }

    void markDeleted(Instant now) {
        this.deleted = true;
        this.updatedAt = now;
    }

    static String encode(List<Point> points) {
        StringBuilder out = new StringBuilder();
        for (Point p : points) {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(String.format(Locale.ROOT, "%.6f,%.6f", p.x(), p.y()));
        }
        return out.toString();
    }

    static List<Point> decode(String text) {
        List<Point> list = new ArrayList<>();
        if (text.isEmpty()) {
            return List.of();
        }
        for (String pair : text.split(";")) {
            String[] xy = pair.split(",");
            list.add(new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
        }
        return List.copyOf(list);
    }

    public long getPlanId() {
        return planId;
    }

    /** The drawing of a pin or area; null for a remark on text. */
    public Long getDrawingId() {
        return drawingId;
    }

    public int getNumber() {
        return number;
    }

    public AnnotationShape getShape() {
        return shape;
    }

    public List<Point> getPoints() {
        return decode(points);
    }

    public AnnotationCategory getCategory() {
        return category;
    }

    public AnnotationStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Integer getAddressedInRevision() {
        return addressedInRevision;
    }

    public String getBody() {
        return body;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    /** The text a remark is on; null for pins and areas. */
    public PlanField getTextField() {
        return textField;
    }

    /** Where a remark's passage was last found; null for pins and areas. */
    public TextAnchor getAnchor() {
        return quote == null ? null : new TextAnchor(quote, nullToEmpty(quotePrefix), nullToEmpty(quoteSuffix),
                quoteStart == null ? 0 : quoteStart);
    }

    /** Whether a remark's passage was gone from its text when it last changed. */
    public boolean isOutdated() {
        return outdated;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
