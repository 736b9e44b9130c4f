package org.cohesion.plan;

import java.time.Duration;
import java.time.Instant;
import org.cohesion.plan.internal.PlanChangeRepository;
import org.cohesion.plan.internal.PlanRevisionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records committed field changes. Consecutive changes by one author within a minute join the same
 * revision; anything else (another author, a pause, a restore) starts the next revision. A changed long text is
 * announced as a {@link PlanTextChanged} event.
 */
@Component
class PlanHistoryRecorder {

    static final Duration GROUPING_WINDOW = Duration.ofMinutes(1);

    private final PlanRevisionRepository revisions;
    private final PlanChangeRepository changes;
    private final ApplicationEventPublisher events;

    PlanHistoryRecorder(PlanRevisionRepository revisions, PlanChangeRepository changes,
                        ApplicationEventPublisher events) {
        this.revisions = revisions;
        this.changes = changes;
        this.events = events;
    }

    /** The revision a change by this author at this time belongs to, started anew when needed. */
    PlanRevision revisionFor(long planId, long authorId, Instant at) {
        PlanRevision last = revisions.findFirstByPlanIdOrderByNumberDesc(planId).orElse(null);
        if (last != null && last.absorbs(authorId, at, GROUPING_WINDOW)) {
            last.extendTo(at);
            return last;
        }
        return revisions.save(new PlanRevision(planId, last == null ? 1 : last.getNumber() + 1, authorId, at, null));
    }

    /** Starts a revision that restores an earlier one. */
    PlanRevision restoreRevision(long planId, long authorId, Instant at, int restoredFrom) {
        int next = revisions.findFirstByPlanIdOrderByNumberDesc(planId).map(r -> r.getNumber() + 1).orElse(1);
        return revisions.save(new PlanRevision(planId, next, authorId, at, restoredFrom));
    }

    void record(PlanRevision revision, PlanField field, String oldValue, String newValue, long authorId,
                Instant at) {
        changes.save(new PlanChange(revision.getId(), revision.getPlanId(), field, oldValue, newValue, authorId, at));
        if (field.isLongText()) {
            events.publishEvent(new PlanTextChanged(revision.getPlanId(), field, newValue == null ? "" : newValue));
        }
    }
}
