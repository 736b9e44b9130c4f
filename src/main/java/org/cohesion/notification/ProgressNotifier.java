package org.cohesion.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.decision.DecisionRecorded;
import org.cohesion.implementation.MilestoneCompleted;
import org.cohesion.plan.PlanPhaseChanged;
import org.cohesion.proposal.ProposalChanged;
import org.cohesion.synthesis.SummaryPublished;
import org.cohesion.trace.PlanParticipants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notifies people of what happens to their input beyond answers and replies: their proposals' fate (author and
 * supporters), the progress of plans they took part in (phase moves, the decision, milestones done) and summaries
 * citing them. A plan's progress concerns the own input of those it grew from (its proposal's author and
 * supporters); a decision concerns everyone who took part; for the other participants phase moves and milestones
 * are "updates on plans I took part in" (preference ALL only). Nobody is notified of what they did themselves.
 * A failure here is logged and never undoes the change.
 */
@Component
class ProgressNotifier {

    private static final Logger log = LoggerFactory.getLogger(ProgressNotifier.class);

    private final NotificationStore store;
    private final PlanParticipants participants;
    private final Clock clock;

    ProgressNotifier(NotificationStore store, PlanParticipants participants, Clock clock) {
        this.store = store;
        this.participants = participants;
        this.clock = clock;
    }

    @EventListener
    public void proposalChanged(ProposalChanged e) {
        NotificationKind kind = switch (e.status()) {
            case READY -> NotificationKind.PROPOSAL_READY;
            case BECAME_PLAN -> NotificationKind.PROPOSAL_BECAME_PLAN;
            case DECLINED -> NotificationKind.PROPOSAL_DECLINED;
            case MERGED -> NotificationKind.PROPOSAL_MERGED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        safely("proposal " + e.proposalId(), () -> {
            Set<Long> people = new LinkedHashSet<>();
            people.add(e.authorId());
            people.addAll(e.supporterIds());
            people.remove(e.actorId());
            Instant now = now();
            store.store(people.stream().map(p -> new NotificationStore.Pending(UserNotification.proposal(p, kind,
                    e.proposalId(), e.title(), e.planId(), e.reason(), e.actorId(), now), true)).toList());
        });
    }

    @EventListener
    public void planMoved(PlanPhaseChanged e) {
        safely("plan " + e.planId(), () -> notifyParticipants(e.planId(), e.byUserId(), false,
                (p, now) -> UserNotification.planProgress(p, NotificationKind.PLAN_MOVED, e.planId(), e.to(), null,
                        null, e.byUserId(), now)));
    }

    @EventListener
    public void decisionRecorded(DecisionRecorded e) {
        if (!e.first()) {
            return;
        }
        safely("plan " + e.planId(), () -> notifyParticipants(e.planId(), e.actorId(), true,
                (p, now) -> UserNotification.planProgress(p, NotificationKind.DECISION_RECORDED, e.planId(), null,
                        null, null, e.actorId(), now)));
    }

    @EventListener
    public void milestoneCompleted(MilestoneCompleted e) {
        safely("plan " + e.planId(), () -> notifyParticipants(e.planId(), e.actorId(), false,
                (p, now) -> UserNotification.planProgress(p, NotificationKind.MILESTONE_DONE, e.planId(), null,
                        e.title(), null, e.actorId(), now)));
    }

    @EventListener
    public void summaryPublished(SummaryPublished e) {
        safely("plan " + e.planId(), () -> {
            Instant now = now();
            store.store(e.citedAuthorIds().stream().filter(p -> p != e.actorId())
                    .map(p -> new NotificationStore.Pending(UserNotification.planProgress(p,
                            NotificationKind.CITED_IN_SUMMARY, e.planId(), null, null, e.number(), e.actorId(), now),
                            true)).toList());
        });
    }

    private interface Builder {
        UserNotification build(long recipient, Instant now);
    }

    private void notifyParticipants(long planId, long actorId, boolean everyoneOwnInput, Builder builder) {
        Instant now = now();
        List<NotificationStore.Pending> pending = new ArrayList<>();
        for (Map.Entry<Long, Boolean> p : participants.of(planId).entrySet()) {
            if (p.getKey() != actorId) {
                pending.add(new NotificationStore.Pending(builder.build(p.getKey(), now),
                        everyoneOwnInput || p.getValue()));
            }
        }
        store.store(pending);
    }

    private void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException ex) {
            log.warn("Could not notify people of a change of {}", what, ex);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
