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
    HIDDEN
}
