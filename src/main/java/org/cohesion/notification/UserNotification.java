package org.cohesion.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.annotation.AnnotationShape;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.base.AbstractEntity;
import org.cohesion.discussion.SubjectType;
import org.cohesion.plan.PlanPhase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One notification of one person: the kind and the values needed to say it, translated when shown. It never
 * holds comment text.
 */
@Entity(name = "UserNotification")
@Table(name = "notification")
public class UserNotification extends AbstractEntity {

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "proposal_id")
    private Long proposalId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column
    private PlanPhase phase;

    @Column(name = "subject_title")
    private String subjectTitle;

    @Column(name = "summary_number")
    private Integer summaryNumber;

    @Column(name = "annotation_id")
    private Long annotationId;

    @Column(name = "annotation_number")
    private Integer annotationNumber;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "annotation_shape")
    private AnnotationShape annotationShape;

    @Column(name = "thread_id")
    private Long threadId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "thread_subject")
    private SubjectType threadSubject;

    @Column(name = "comment_id")
    private Long commentId;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column
    private AnnotationStatus status;

    @Column
    private String reason;

    @Column
    private Integer revision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected UserNotification() {
    }

    private UserNotification(long recipientId, NotificationKind kind, Long planId, long actorId, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.planId = planId;
        this.actorId = actorId;
        this.createdAt = createdAt;
    }

    /** A moderator hid the recipient's contribution; the reason is kept as given. */
    static UserNotification hidden(long recipientId, long planId, Long annotationId, long actorId, String reason,
                                   Instant now) {
        UserNotification n = new UserNotification(recipientId, NotificationKind.HIDDEN, planId, actorId, now);
        n.annotationId = annotationId;
        n.reason = reason;
        return n;
    }

    /** A planner answered the recipient's annotation. */
    static UserNotification statusChanged(long recipientId, long planId, long annotationId, int number,
                                          AnnotationShape shape, long actorId, AnnotationStatus status,
                                          String reason, Integer revision, Instant now) {
        UserNotification n = new UserNotification(recipientId, NotificationKind.STATUS_CHANGED, planId, actorId, now);
        n.annotationId = annotationId;
        n.annotationNumber = number;
        n.annotationShape = shape;
        n.status = status;
        n.reason = reason;
        n.revision = revision;
        return n;
    }

    /** A comment in a thread concerns the recipient: in their annotation's thread, or a reply to them. */
    static UserNotification comment(long recipientId, NotificationKind kind, long planId, long threadId,
                                    SubjectType threadSubject, long commentId, Long annotationId,
                                    Integer number, AnnotationShape shape, long actorId, Instant now) {
        UserNotification n = new UserNotification(recipientId, kind, planId, actorId, now);
        n.threadId = threadId;
        n.threadSubject = threadSubject;
        n.commentId = commentId;
        n.annotationId = annotationId;
        n.annotationNumber = number;
        n.annotationShape = shape;
        return n;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    /** What became of a proposal the recipient made or supported (ready, a plan, declined, merged). */
    static UserNotification proposal(long recipientId, NotificationKind kind, long proposalId, String title,
                                     Long planId, String reason, long actorId, Instant now) {
        UserNotification n = new UserNotification(recipientId, kind, planId, actorId, now);
        n.proposalId = proposalId;
        n.subjectTitle = title;
        n.reason = reason;
        return n;
    }

    /**
     * Progress of a plan the recipient took part in: a move to {@code phase}, a decision, a milestone done
     * ({@code title}), a summary citing them ({@code summaryNumber}).
     */
    static UserNotification planProgress(long recipientId, NotificationKind kind, long planId, PlanPhase phase,
                                         String title, Integer summaryNumber, long actorId, Instant now) {
        UserNotification n = new UserNotification(recipientId, kind, planId, actorId, now);
        n.phase = phase;
        n.subjectTitle = title;
        n.summaryNumber = summaryNumber;
        return n;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public PlanPhase getPhase() {
        return phase;
    }

    public String getSubjectTitle() {
        return subjectTitle;
    }

    public Integer getSummaryNumber() {
        return summaryNumber;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getAnnotationId() {
        return annotationId;
    }

    public Integer getAnnotationNumber() {
        return annotationNumber;
    }

    public AnnotationShape getAnnotationShape() {
        return annotationShape;
    }

    public Long getThreadId() {
        return threadId;
    }

    public SubjectType getThreadSubject() {
        return threadSubject;
    }

    public Long getCommentId() {
        return commentId;
    }

    public long getActorId() {
        return actorId;
    }

    public AnnotationStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Integer getRevision() {
        return revision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
