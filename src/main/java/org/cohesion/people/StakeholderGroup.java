package org.cohesion.people;

/** The part of the neighbourhood a member speaks for; summaries break feedback down by it. */
public enum StakeholderGroup {
    RESIDENT,
    SHOP_OR_BUSINESS,
    SOCIAL_ORGANISATION,
    WORK_UNIT,
    COMMUNITY_WORKER;

    /** The message key of this group's translated name. */
    public String labelKey() {
        return "stakeholder." + name().toLowerCase().replace('_', '-');
    }
}
