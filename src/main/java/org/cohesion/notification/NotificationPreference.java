package org.cohesion.notification;

/** Which notifications a person wants. */
public enum NotificationPreference {
    /** What happens to their own input, and the progress of plans they took part in. */
    ALL,
    /** Only what happens to their own input (answers, replies, their proposals and the plans those became). */
    MY_INPUT,
    /** None: the trace on the start page still tells everything. */
    NONE;

    /** The message key of this preference's translated description. */
    public String labelKey() {
        return "notification.preference." + name().toLowerCase().replace('_', '-');
    }

    /** Whether a notification that does ({@code ownInput}) or does not concern the person's own input is wanted. */
    public boolean wants(boolean ownInput) {
        return this == ALL || (this == MY_INPUT && ownInput);
    }
}
