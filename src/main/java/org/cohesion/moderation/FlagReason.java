package org.cohesion.moderation;

import java.util.Locale;

/** Why a member flags a contribution; {@link #OTHER} needs a text. */
public enum FlagReason {
    SPAM,
    OFFENSIVE,
    PERSONAL_INFORMATION,
    OFF_TOPIC,
    OTHER;

    /** The message key of the reason's translated name. */
    public String labelKey() {
        return "moderation.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
