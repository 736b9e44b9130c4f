package org.cohesion.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cohesion.base.Likes;
import org.cohesion.base.OffsetLimit;
import org.cohesion.base.Transactions;
import org.cohesion.people.BilingualText;
import org.cohesion.people.CommunityAccess;
import org.cohesion.people.CommunityService;
import org.cohesion.people.MyCommunity;
import org.cohesion.people.PeopleDirectory;
import org.cohesion.plan.internal.PlanDrawingRepository;
import org.cohesion.plan.internal.PlanRepository;
import org.cohesion.plan.internal.PlanRevisionRepository;
import org.cohesion.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Plans: listing, creating, opening and saving their fields one at a time, with history. */
@Service
public class PlanService {

    private static final int SAVE_ATTEMPTS = 5;

    private final PlanRepository plans;
    private final PlanRevisionRepository revisions;
    private final PlanDrawingRepository drawings;
    private final PlanAccess access;
    private final PlanHistoryRecorder history;
    private final CommunityService communities;
    private final CommunityAccess communityAccess;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanRevisionRepository revisions, PlanDrawingRepository drawings,
                PlanAccess access, PlanHistoryRecorder history, CommunityService communities,
                CommunityAccess communityAccess, PeopleDirectory people, CurrentUser currentUser,
                Transactions transactions, Clock clock) {
        this.plans = plans;
        this.revisions = revisions;
        this.drawings = drawings;
        this.access = access;
        this.history = history;
        this.communities = communities;
        this.communityAccess = communityAccess;
        this.people = people;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One page of the plans of the viewer's communities matching the filter, most recently changed first. */
    @PreAuthorize("isAuthenticated()")
    public List<PlanSummary> search(PlanFilter filter, int offset, int limit) {
        Map<Long, BilingualText> mine = myCommunityNames();
        if (mine.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, limit);
        return transactions.read(() -> plans.search(mine.keySet(), filter.communityId(), filter.kind(), filter.phase(),
                        Likes.containing(filter.text()), new OffsetLimit(Math.max(0, offset), size)).stream()
                .map(p -> new PlanSummary(p.getId(), p.get(PlanField.TITLE), PlanKind.valueOf(p.get(PlanField.KIND)),
                        PlanPhase.valueOf(p.get(PlanField.PHASE)), p.getCommunityId(), mine.get(p.getCommunityId()),
                        p.get(PlanField.SUMMARY), p.getUpdatedAt()))
                .toList());
    }

    /** How many plans of the viewer's communities match the filter. */
    @PreAuthorize("isAuthenticated()")
    public long count(PlanFilter filter) {
        Map<Long, BilingualText> mine = myCommunityNames();
        if (mine.isEmpty()) {
            return 0;
        }
        return transactions.read(() -> plans.countSearch(mine.keySet(), filter.communityId(), filter.kind(),
                filter.phase(), Likes.containing(filter.text())));
    }

    /** Creates a plan in one of the planner's communities and returns its id; the creator is its first co-editor. */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public long create(long communityId, String title, PlanKind kind) {
        communityAccess.requireMemberOf(communityId);
        String checkedTitle = PlanValues.check(PlanField.TITLE, title);
        if (kind == null) {
            throw org.cohesion.base.ValidationException.of("kind", "validation.required");
        }
        long me = currentUser.requireId();
        return transactions.write(() -> {
            Instant now = clock.instant();
            Plan plan = plans.save(new Plan(communityId, checkedTitle, kind, me, now));
            PlanRevision first = history.revisionFor(plan.getId(), me, now);
            history.record(first, PlanField.TITLE, null, checkedTitle, me, now);
            history.record(first, PlanField.KIND, null, kind.name(), me, now);
            history.record(first, PlanField.PHASE, null, PlanPhase.PROPOSAL.name(), me, now);
            return plan.getId();
        });
    }

    /** Opens a plan the viewer may see; a plan of another community is reported as not found. */
    @PreAuthorize("isAuthenticated()")
    public PlanDetails open(long planId) {
        return transactions.read(() -> details(access.visible(planId)));
    }

    /** Title and phase of those of the plans the viewer may see; plans of other communities are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, PlanHeadline> headlines(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return transactions.read(() -> {
            Map<Long, PlanHeadline> found = new HashMap<>();
            for (Plan p : plans.findAllById(planIds)) {
                if (access.isVisible(p)) {
                    found.put(p.getId(), new PlanHeadline(p.getId(), p.get(PlanField.TITLE),
                            PlanPhase.valueOf(p.get(PlanField.PHASE))));
                }
            }
            return found;
        });
    }

    /** What the viewer may do with a plan they may see; a plan of another community is reported as not found. */
    @PreAuthorize("isAuthenticated()")
    public PlanPermissions permissions(long planId) {
        return transactions.read(() -> {
            Plan plan = access.visible(planId);
            return new PlanPermissions(plan.getId(), plan.getCommunityId(), PlanPhase.valueOf(plan.get(PlanField.PHASE)),
                    access.canEdit(plan), access.canManageEditors(plan));
        });
    }

    /**
     * Saves one field of a plan the viewer co-edits, recording the change in the plan's history. Concurrent
     * saves of other fields are retried, never lost; an unchanged value records nothing. Returns the stored value.
     * The phase is not a field one saves: {@link PlanPhaseService#move} moves a plan between phases.
     */
    @PreAuthorize("isAuthenticated()")
    public String saveField(long planId, PlanField field, String value) {
        if (field == PlanField.PHASE) {
            throw org.cohesion.base.ValidationException.of("phase", "phase.error.use-move");
        }
        String checked = PlanValues.check(field, value);
        long me = currentUser.requireId();
        return withRetry(() -> transactions.write(() -> {
            Plan plan = access.editable(planId);
            String old = plan.get(field);
            if (Objects.equals(old, checked)) {
                return checked;
            }
            Instant now = clock.instant();
            plan.set(field, checked, now);
            PlanRevision revision = history.revisionFor(planId, me, now);
            history.record(revision, field, old, checked, me, now);
            plans.flush();
            return checked;
        }));
    }

    /** Invites a member of the plan's community to co-edit it. Planners of the community and admins only. */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public PlanDetails addEditor(long planId, long userId) {
        return withRetry(() -> transactions.write(() -> {
            Plan plan = access.visible(planId);
            requireManager(plan);
            plan.addEditor(userId);
            plans.flush();
            return details(plan);
        }));
    }

    /** Withdraws a co-editor's invitation. Planners of the community and admins only. */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public PlanDetails removeEditor(long planId, long userId) {
        return withRetry(() -> transactions.write(() -> {
            Plan plan = access.visible(planId);
            requireManager(plan);
            plan.removeEditor(userId);
            plans.flush();
            return details(plan);
        }));
    }

    private void requireManager(Plan plan) {
        if (!access.canManageEditors(plan)) {
            throw new org.springframework.security.access.AccessDeniedException("Not a planner of this community");
        }
    }

    PlanDetails details(Plan plan) {
        List<Long> editorIds = new ArrayList<>(plan.getEditorIds());
        Map<Long, String> names = people.displayNames(editorIds);
        List<PlanDetails.Editor> editors = editorIds.stream().filter(names::containsKey)
                .map(id -> new PlanDetails.Editor(id, names.get(id)))
                .sorted(java.util.Comparator.comparing(PlanDetails.Editor::displayName)).toList();
        BilingualText communityName = myCommunityNames().getOrDefault(plan.getCommunityId(),
                new BilingualText(null, null));
        return new PlanDetails(plan.getId(), plan.getCommunityId(), communityName, PlanDetails.valuesOf(plan),
                access.canEdit(plan), access.canManageEditors(plan), editors,
                drawings.findByPlanIdOrderByIdAsc(plan.getId()).stream().map(DrawingInfo::of).toList(),
                plan.getCreatedAt(), plan.getUpdatedAt(), revisions.countByPlanIdAndRestoredFromIsNotNull(plan.getId()));
    }

    private Map<Long, BilingualText> myCommunityNames() {
        return communities.myCommunities().stream()
                .collect(Collectors.toMap(MyCommunity::communityId, MyCommunity::name, (a, b) -> a));
    }

    static <T> T withRetry(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                if (attempt >= SAVE_ATTEMPTS) {
                    throw e instanceof OptimisticLockingFailureException o ? o
                            : new org.springframework.dao.ConcurrencyFailureException("Concurrent change", e);
                }
            }
        }
    }
}
