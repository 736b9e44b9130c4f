package org.cohesion.synthesis;

import java.util.List;

/**
 * The computed, deterministic overview of a plan's contributions. Comments in an annotation's thread count under
 * that annotation's section and region. Keys of the tallies: enum names ({@link ContributionCategory},
 * {@link ContributionStatus}, {@link ContributionKind}, {@link org.cohesion.people.StakeholderGroup} or
 * {@code NONE}), sections (plan field names, {@code DRAWINGS}, {@code GENERAL}), weeks (ISO date of their Monday
 * in the district's time zone), communities ({@code MEMBERS} of the plan's community, {@code OUTSIDE}).
 *
 * @param mostSupported the ten ideas with the most support (then oldest first)
 * @param unresolved open concerns and questions, most supported first, at most {@link #LIST_LIMIT}
 * @param unresolvedCount how many open concerns and questions there are in all
 */
public record Overview(long total, long people, List<Tally> byCategory, List<Tally> byStatus, List<Tally> byKind,
                       List<Tally> bySection, List<DrawingRegions> byRegion, List<Contribution> mostSupported,
                       List<Contribution> unresolved, long unresolvedCount, List<Tally> byWeek,
                       List<Tally> byCommunity, List<Tally> byGroup) {

    /** The most contributions an overview lists (unresolved ones); the rest are counted. */
    public static final int LIST_LIMIT = 50;
    /** How many ideas "most supported" shows. */
    public static final int TOP_IDEAS = 10;
}
