package org.cohesion.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.people.PeopleDirectory;
import org.cohesion.base.OffsetLimit;
import org.cohesion.plan.internal.PlanChangeRepository;
import org.cohesion.plan.internal.PlanRepository;
import org.cohesion.plan.internal.PlanRevisionRepository;
import org.cohesion.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.cohesion.base.Transactions;

/**
 * The history of a plan: its revisions, their changes, the plan's values as of any revision, the differences
 * between two revisions, and restoring an earlier revision. Whoever may see a plan may read its history; its
 * co-editors may restore.
 */
@Service
public class PlanHistoryService {

    private final PlanRepository plans;
    private final PlanRevisionRepository revisions;
    private final PlanChangeRepository changes;
    private final PlanAccess access;
    private final PlanHistoryRecorder recorder;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;

    PlanHistoryService(PlanRepository plans, PlanRevisionRepository revisions, PlanChangeRepository changes,
                       PlanAccess access, PlanHistoryRecorder recorder, PeopleDirectory people,
                       CurrentUser currentUser, Transactions transactions, Clock clock) {
        this.plans = plans;
        this.revisions = revisions;
        this.changes = changes;
        this.access = access;
        this.recorder = recorder;
        this.people = people;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** All revisions of a plan the viewer may see, newest first (prefer the paged variant for long histories). */
    @PreAuthorize("isAuthenticated()")
    public List<RevisionSummary> revisions(long planId) {
        return revisions(planId, 0, Integer.MAX_VALUE);
    }

    /** One page of a plan's revisions, newest first, for lazy lists: skips {@code offset}, at most {@code limit}. */
    @PreAuthorize("isAuthenticated()")
    public List<RevisionSummary> revisions(long planId, int offset, int limit) {
        return transactions.read(() -> {
            access.visible(planId);
            List<PlanRevision> page = revisions.findPage(planId,
                    new OffsetLimit(Math.max(0, offset), Math.max(1, limit)));
            return summaries(page);
        });
    }

    /** How many revisions a plan the viewer may see has; the newest one has this number. */
    @PreAuthorize("isAuthenticated()")
    public int countRevisions(long planId) {
        return transactions.read(() -> {
            access.visible(planId);
            return (int) revisions.countByPlanId(planId);
        });
    }

    /** One revision of a plan the viewer may see; unknown numbers are reported as not found. */
    @PreAuthorize("isAuthenticated()")
    public RevisionSummary revision(long planId, int revisionNumber) {
        return transactions.read(() -> {
            access.visible(planId);
            return summaries(List.of(revision(planId, revisionNumber, false))).get(0);
        });
    }

    /** The changes a revision recorded, in the order they were made. */
    @PreAuthorize("isAuthenticated()")
    public List<PlanChangeView> changes(long planId, int revisionNumber) {
        return transactions.read(() -> {
            access.visible(planId);
            PlanRevision revision = revision(planId, revisionNumber, false);
            List<PlanChange> list = changes.findByRevisionIdOrderByIdAsc(revision.getId());
            Map<Long, String> names = people.displayNames(list.stream().map(PlanChange::getAuthorId)
                    .distinct().toList());
            return list.stream().map(c -> new PlanChangeView(c.getField(), c.getOldValue(), c.getNewValue(),
                    c.getAuthorId(), names.getOrDefault(c.getAuthorId(), ""), c.getChangedAt())).toList();
        });
    }

    /** Every field's stored value as of the end of a revision (null when empty or never set). */
    @PreAuthorize("isAuthenticated()")
    public Map<PlanField, String> valuesAt(long planId, int revisionNumber) {
        return transactions.read(() -> {
            access.visible(planId);
            revision(planId, revisionNumber, false);
            return stateAt(planId, revisionNumber);
        });
    }

    /**
     * How the plan's fields differ from revision {@code fromRevision} to {@code toRevision} (either may be the
     * older; 0 is the empty plan before its creation); long texts also word by word.
     */
    @PreAuthorize("isAuthenticated()")
    public PlanDiff diff(long planId, int fromRevision, int toRevision) {
        Map<PlanField, String>[] states = transactions.read(() -> {
            access.visible(planId);
            revision(planId, fromRevision, true);
            revision(planId, toRevision, true);
            @SuppressWarnings("unchecked")
            Map<PlanField, String>[] both = new Map[] {stateAt(planId, fromRevision), stateAt(planId, toRevision)};
            return both;
        });
        List<PlanDiff.FieldDiff> fields = new ArrayList<>();
        for (PlanField field : PlanField.values()) {
            String before = states[0].get(field);
            String after = states[1].get(field);
            if (!Objects.equals(before, after)) {
                fields.add(new PlanDiff.FieldDiff(field, before, after,
                        field.isLongText() ? WordDiff.diff(before, after) : List.of()));
            }
        }
        return new PlanDiff(planId, fromRevision, toRevision, fields);
    }

    /**
     * Sets every field of the plan (but its phase) back to its value as of a revision, recorded as one new revision that
     * names the restored one (so nothing is lost, and a concurrent edit becomes part of the history it
     * restores over). Co-editors only. Returns the new revision's number, or the newest revision's number
     * when the plan already holds those values (then nothing is recorded).
     */
    @PreAuthorize("isAuthenticated()")
    public int restore(long planId, int revisionNumber) {
        long me = currentUser.requireId();
        return PlanService.withRetry(() -> transactions.write(() -> {
            Plan plan = access.editable(planId);
            revision(planId, revisionNumber, false);
            Map<PlanField, String> target = stateAt(planId, revisionNumber);
            List<PlanField> differing = new ArrayList<>();
            for (PlanField field : PlanField.values()) {
                // the phase moves only through PlanPhaseService (with a note), never by a restore
                if (field != PlanField.PHASE && !Objects.equals(plan.get(field), target.get(field))) {
                    differing.add(field);
                }
            }
            if (differing.isEmpty()) {
                return revisions.findFirstByPlanIdOrderByNumberDesc(planId).orElseThrow().getNumber();
            }
            Instant now = clock.instant();
            PlanRevision revision = recorder.restoreRevision(planId, me, now, revisionNumber);
            for (PlanField field : differing) {
                String old = plan.get(field);
                plan.set(field, target.get(field), now);
                recorder.record(revision, field, old, target.get(field), me, now);
            }
            plans.flush();
            return revision.getNumber();
        }));
    }

    /** The revision with this number; 0 (the empty plan) passes when {@code allowNone}. */
    private PlanRevision revision(long planId, int number, boolean allowNone) {
        if (allowNone && number == 0) {
            return null;
        }
        return revisions.findByPlanIdAndNumber(planId, number)
                .orElseThrow(() -> new ObjectNotFoundException("Revision " + number + " of plan " + planId));
    }

    /** Replays the history up to a revision: the last recorded value of each field wins. */
    private Map<PlanField, String> stateAt(long planId, int number) {
        Map<PlanField, String> values = new EnumMap<>(PlanField.class);
        for (PlanField field : PlanField.values()) {
            values.put(field, null);
        }
        if (number <= 0) {
            return values;
        }
        List<Long> ids = changes.lastChangeIdsUpTo(planId, number);
        changes.findAllById(ids).forEach(c -> values.put(c.getField(), c.getNewValue()));
        return values;
    }

    private List<RevisionSummary> summaries(List<PlanRevision> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<PlanField>> fields = new HashMap<>();
        for (Object[] row : changes.fieldsOfRevisions(page.stream().map(PlanRevision::getId).toList())) {
            fields.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((PlanField) row[1]);
        }
        Collection<Long> authors = new HashSet<>(page.stream().map(PlanRevision::getAuthorId).toList());
        Map<Long, String> names = people.displayNames(authors);
        return page.stream()
                .map(r -> new RevisionSummary(r.getNumber(), r.getAuthorId(), names.getOrDefault(r.getAuthorId(), ""),
                        r.getStartedAt(), r.getEndedAt(), List.copyOf(fields.getOrDefault(r.getId(), Set.of())),
                        r.getRestoredFrom()))
                .sorted(Comparator.comparingInt(RevisionSummary::number).reversed())
                .toList();
    }
}
