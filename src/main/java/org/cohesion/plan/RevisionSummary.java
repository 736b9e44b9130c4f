package org.cohesion.plan;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a plan as its history lists it: consecutive changes of one author, or a restore.
 *
 * @param fields       the fields the revision changed, in the order of {@link PlanField}
 * @param restoredFrom the revision this one restored, or null for ordinary edits
 */
public record RevisionSummary(int number, long authorId, String authorName, Instant startedAt, Instant endedAt,
                              List<PlanField> fields, Integer restoredFrom) {

    /** True when this revision set the plan back to an earlier one. */
    public boolean isRestore() {
        return restoredFrom != null;
    }
}
