package org.cohesion.notification;

/** What a notification tells its recipient. */
public enum NotificationKind {
    /** A planner answered the recipient's annotation (accepted, declined, addressed, reopened). */
    STATUS_CHANGED,
    /** Someone commented in the thread of the recipient's annotation. */
    ANNOTATION_COMMENT,
    /** Someone replied to the recipient's comment. */
    REPLY,
    /** A moderator hid the recipient's comment, annotation or remark (with the reason). */
    HIDDEN,
    /** The recipient's proposal (or one they supported) reached its supports and is ready for the planners. */
    PROPOSAL_READY,
    /** Planners turned the recipient's proposal (or one they supported) into a plan. */
    PROPOSAL_BECAME_PLAN,
    /** Planners declined the recipient's proposal (or one they supported), with a public reason. */
    PROPOSAL_DECLINED,
    /** Planners merged the recipient's proposal (or one they supported) into another. */
    PROPOSAL_MERGED,
    /** A plan the recipient took part in (or proposed) moved to another phase. */
    PLAN_MOVED,
    /** The decision of a plan the recipient took part in was recorded. */
    DECISION_RECORDED,
    /** A milestone of a plan the recipient proposed or took part in was completed. */
    MILESTONE_DONE,
    /** A published "what we heard" summary cites the recipient's contribution. */
    CITED_IN_SUMMARY
}
