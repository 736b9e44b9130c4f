package org.cohesion.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.decision.internal.DecisionRepository;
import org.cohesion.people.PeopleDirectory;
import org.cohesion.plan.PlanPermissions;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CurrentUser;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollSnapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Decision records: planners of a plan's community record (and, while the plan is in DECISION, revise) what was
 * decided, the polls of the plan's sessions that informed it, and which of the plan's annotations were accepted or
 * declined, each with its reason. The verdicts are passed on as the annotations' answers, so their authors are
 * notified as for any answer. Everyone who may see the plan reads the record.
 */
@Service
public class DecisionService {

    /** The longest decision text. */
    public static final int MAX_TEXT = 10_000;
    /** The most annotations one decision answers. */
    public static final int MAX_VERDICTS = 500;

    private final DecisionRepository decisions;
    private final PlanService plans;
    private final AnnotationService annotations;
    private final SessionService sessions;
    private final PollService polls;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DecisionService(DecisionRepository decisions, PlanService plans, AnnotationService annotations,
                    SessionService sessions, PollService polls, PeopleDirectory people, CurrentUser currentUser,
                    Transactions transactions, Clock clock, ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.plans = plans;
        this.annotations = annotations;
        this.sessions = sessions;
        this.polls = polls;
        this.people = people;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records the plan's decision, or revises it ({@code version}: the version the planner edited, null for a first
     * record; a record changed meanwhile is refused as stale). Planners of the plan's community only, while the plan
     * is in DECISION. Polls must be polls of the plan's sessions, annotations live annotations of the plan.
     */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public DecisionView record(long planId, Long version, String text, Collection<Long> pollIds,
                               List<VerdictDraft> verdicts) {
        PlanPermissions plan = plans.permissions(planId);
        if (!plan.canManage()) {
            throw new AccessDeniedException("Not a planner of this plan's community");
        }
        if (!plan.in(PlanPhase.DECISION)) {
            throw ValidationException.of("plan", "decision.error.phase");
        }
        String body = text == null ? null : text.strip();
        Set<Long> chosenPolls = pollIds == null ? Set.of() : new LinkedHashSet<>(pollIds);
        List<VerdictDraft> given = verdicts == null ? List.of() : verdicts;
        Validation v = new Validation();
        v.required("text", body).maxLength("text", body, MAX_TEXT);
        Set<Long> pollsOfPlan = new HashSet<>(pollsOfPlan(planId).stream().map(PollSnapshot::id).toList());
        if (chosenPolls.stream().anyMatch(id -> id == null || !pollsOfPlan.contains(id))) {
            v.reject("polls", "decision.error.foreign-poll");
        }
        List<AnnotationVerdict> checked = checkVerdicts(v, planId, given);
        v.throwIfInvalid();
        long me = currentUser.requireId();
        try {
            transactions.write(() -> {
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                Decision decision = decisions.findByPlanId(planId).orElse(null);
                if (decision == null ? version != null : !Objects.equals(version, decision.getVersion())) {
                    throw ValidationException.of("text", "decision.error.stale");
                }
                if (decision == null) {
                    decision = new Decision(planId, me, now);
                }
                decision.revise(body, chosenPolls, checked, me, now);
                return decisions.saveAndFlush(decision);
            });
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw ValidationException.of("text", "decision.error.stale");
        }
        answer(checked);
        events.publishEvent(new DecisionRecorded(planId, version == null, me));
        return decision(planId).orElseThrow();
    }

    /**
     * The plan's decision record, when one was recorded, with its polls in the order of {@link #pollsOfPlan}
     * (decision polls first); for everyone who may see the plan.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<DecisionView> decision(long planId) {
        plans.permissions(planId);
        Decision d = transactions.read(() -> decisions.findByPlanId(planId).orElse(null));
        if (d == null) {
            return Optional.empty();
        }
        List<PollSnapshot> referenced = d.getPollIds().isEmpty() ? List.of()
                : pollsOfPlan(planId).stream().filter(p -> d.getPollIds().contains(p.id())).toList();
        List<DecisionView.Verdict> answered = new ArrayList<>();
        for (AnnotationVerdict verdict : d.getVerdicts()) {
            try {
                AnnotationInfo a = annotations.annotation(verdict.annotationId());
                answered.add(new DecisionView.Verdict(a.id(), a.number(), a.shape(), a.body(), verdict.accepted(),
                        verdict.reason()));
            } catch (ObjectNotFoundException e) {
                // deleted since: no longer shown
            }
        }
        answered.sort(java.util.Comparator.comparingInt(DecisionView.Verdict::number));
        String by = people.displayNames(List.of(d.getRecordedBy())).getOrDefault(d.getRecordedBy(), "");
        return Optional.of(new DecisionView(planId, d.getVersion(), d.getBody(), by, d.getRecordedAt(),
                d.getUpdatedAt(), referenced, answered));
    }

    /**
     * The polls put to participants in the plan's sessions with their results: decision polls (see
     * {@link PollSnapshot#decides()}) first, then the others, oldest first within each.
     */
    @PreAuthorize("isAuthenticated()")
    public List<PollSnapshot> pollsOfPlan(long planId) {
        List<PollSnapshot> all = new ArrayList<>();
        for (SessionSummary s : sessions.sessionsOfPlan(planId)) {
            all.addAll(polls.putToParticipants(s.id()));
        }
        all.sort(java.util.Comparator.comparing((PollSnapshot p) -> !p.decides())
                .thenComparingLong(PollSnapshot::id));
        return all;
    }

    private List<AnnotationVerdict> checkVerdicts(Validation v, long planId, List<VerdictDraft> given) {
        List<AnnotationVerdict> checked = new ArrayList<>();
        if (given.size() > MAX_VERDICTS) {
            v.reject("annotations", "decision.error.too-many", MAX_VERDICTS);
            return checked;
        }
        Set<Long> seen = new HashSet<>();
        for (VerdictDraft draft : given) {
            if (draft == null || !seen.add(draft.annotationId())) {
                v.reject("annotations", "decision.error.duplicate-annotation");
                continue;
            }
            try {
                if (annotations.annotation(draft.annotationId()).planId() != planId) {
                    v.reject("annotations", "decision.error.foreign-annotation");
                    continue;
                }
            } catch (ObjectNotFoundException e) {
                v.reject("annotations", "decision.error.foreign-annotation");
                continue;
            }
            String reason = draft.reason() == null || draft.reason().isBlank() ? null : draft.reason().strip();
            if (!draft.accepted() && reason == null) {
                v.reject("annotations", "decision.error.reason-required");
            }
            v.maxLength("annotations", reason, AnnotationService.MAX_REASON);
            checked.add(new AnnotationVerdict(draft.annotationId(), draft.accepted(), reason));
        }
        return checked;
    }

    /** Passes the verdicts on as the annotations' answers where they differ (their authors are notified). */
    private void answer(List<AnnotationVerdict> verdicts) {
        for (AnnotationVerdict verdict : verdicts) {
            AnnotationInfo a = annotations.annotation(verdict.annotationId());
            AnnotationStatus status = verdict.accepted() ? AnnotationStatus.ACCEPTED : AnnotationStatus.DECLINED;
            if (a.status() != status || !Objects.equals(a.statusReason(), verdict.reason())) {
                annotations.setStatus(a.id(), status, verdict.reason(), null);
            }
        }
    }
}
