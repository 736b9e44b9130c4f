package org.cohesion.proposal;

/** A community's rules for new proposals: supporters needed to be READY and days open before they expire. */
public record ProposalRules(int supportThreshold, int openDays) {

    /** The smallest and largest threshold a community may set. */
    public static final int MIN_THRESHOLD = 1;
    public static final int MAX_THRESHOLD = 10_000;
    /** The shortest and longest open period a community may set. */
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
}
