package org.cohesion.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.people.PeopleDirectory;
import org.cohesion.plan.internal.PlanPhaseChangeRepository;
import org.cohesion.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Moves plans through the whole process (proposal → consultation → decision → implementation → evaluation →
 * closed). Only planners of the plan's community (and admins) move a plan, always with a note; moving one step
 * forward is the usual move, going back or skipping phases is allowed with the note saying why. Features set
 * further conditions as {@link PlanPhaseGate} beans. Every move is recorded and announced as
 * {@link PlanPhaseChanged}.
 */
@Service
public class PlanPhaseService {

    /** The longest note of a move. */
    public static final int MAX_NOTE = 1_000;
    /** The most moves the timeline lists (a plan moves a handful of times). */
    public static final int MAX_MOVES = 500;

    private final PlanAccess access;
    private final PlanPhaseChangeRepository moves;
    private final PlanHistoryRecorder history;
    private final org.cohesion.plan.internal.PlanRepository plans;
    private final ObjectProvider<PlanPhaseGate> gates;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanPhaseService(PlanAccess access, PlanPhaseChangeRepository moves, PlanHistoryRecorder history,
                     org.cohesion.plan.internal.PlanRepository plans, ObjectProvider<PlanPhaseGate> gates,
                     PeopleDirectory people, CurrentUser currentUser, Transactions transactions,
                     ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.moves = moves;
        this.history = history;
        this.plans = plans;
        this.gates = gates;
        this.people = people;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Moves a plan from phase {@code from} (the phase the planner saw: a plan moved meanwhile is refused as
     * stale) to phase {@code to}, with a required note. Planners of the plan's community and admins only.
     */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public PhaseMove move(long planId, PlanPhase from, PlanPhase to, String note) {
        String checkedNote = note == null ? null : note.strip();
        Validation v = new Validation();
        if (to == null) {
            v.reject("to", "validation.required");
        } else if (to == from) {
            v.reject("to", "phase.error.same");
        }
        v.required("note", checkedNote).maxLength("note", checkedNote, MAX_NOTE);
        long me = currentUser.requireId();
        PlanPhaseChange[] saved = new PlanPhaseChange[1];
        long[] community = new long[1];
        PlanService.withRetry(() -> transactions.write(() -> {
            Plan plan = access.visible(planId);
            if (!access.canManageEditors(plan)) {
                throw new AccessDeniedException("Not a planner of this plan's community");
            }
            v.throwIfInvalid();
            PlanPhase current = PlanPhase.valueOf(plan.get(PlanField.PHASE));
            if (current != from) {
                throw ValidationException.of("to", "phase.error.stale");
            }
            gates.orderedStream().forEach(g -> g.check(planId, current, to));
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            plan.set(PlanField.PHASE, to.name(), now);
            history.record(history.revisionFor(planId, me, now), PlanField.PHASE, current.name(), to.name(), me, now);
            plans.flush();
            saved[0] = moves.save(new PlanPhaseChange(planId, current, to, checkedNote, me, now));
            community[0] = plan.getCommunityId();
            return saved[0];
        }));
        PlanPhaseChange c = saved[0];
        events.publishEvent(new PlanPhaseChanged(planId, community[0], c.getFromPhase(), c.getToPhase(),
                c.getNote(), me));
        return view(c, people.displayNames(List.of(me)));
    }

    /** The recorded moves of a plan the viewer may see, oldest first (at most {@value #MAX_MOVES}). */
    @PreAuthorize("isAuthenticated()")
    public List<PhaseMove> moves(long planId) {
        List<PlanPhaseChange> list = transactions.read(() -> {
            access.visible(planId);
            return moves.findByPlanIdOrderByIdAsc(planId, org.springframework.data.domain.Limit.of(MAX_MOVES));
        });
        Map<Long, String> names = people.displayNames(list.stream().map(PlanPhaseChange::getChangedBy)
                .distinct().toList());
        return list.stream().map(c -> view(c, names)).toList();
    }

    private static PhaseMove view(PlanPhaseChange c, Map<Long, String> names) {
        return new PhaseMove(c.getId(), c.getPlanId(), c.getFromPhase(), c.getToPhase(), c.getNote(),
                c.getChangedBy(), names.getOrDefault(c.getChangedBy(), ""), c.getChangedAt());
    }
}
