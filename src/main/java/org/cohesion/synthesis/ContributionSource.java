package org.cohesion.synthesis;

import java.util.List;

/**
 * What synthesis reads from the features it serves (annotations, remarks, comments), which implement this as
 * Spring beans so synthesis never depends on them. Callers have checked access to the plan; implementations
 * read with narrow queries (no entity per row) and leave out deleted and hidden content, in one place each.
 */
public interface ContributionSource {

    /** Every visible contribution of the plan; the group of authors is their group in {@code communityId}. */
    List<Contribution> contributions(long planId, long communityId);
}
