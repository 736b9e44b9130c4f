package org.cohesion.security;

/** What a person may do in Cohesion. A person may hold several roles. */
public enum Role {
    RESIDENT,
    PLANNER,
    MODERATOR,
    ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The message key of this role's translated name. */
    public String labelKey() {
        return "role." + name().toLowerCase();
    }
}
