package org.cohesion.moderation;

import java.util.Locale;

/** What an audit entry records. */
public enum AuditAction {
    AUTO_HIDE,
    HIDE,
    RESTORE,
    APPROVE,
    MARK_REVIEWED,
    BLOCK,
    UNBLOCK,
    PRE_MODERATION_ON,
    PRE_MODERATION_OFF,
    ACCOUNT_CREATED,
    ROLES_CHANGED,
    ACCOUNT_ENABLED,
    ACCOUNT_DISABLED,
    MEMBERSHIP_ADDED,
    MEMBERSHIP_REMOVED,
    STAKEHOLDER_GROUP_CHANGED,
    /** A moderation call refused because the caller may not moderate there (a forged call). */
    ACCESS_DENIED;

    public String labelKey() {
        return "audit.action." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
