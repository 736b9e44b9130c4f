package org.cohesion.proposal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cohesion.base.Likes;
import org.cohesion.base.OffsetLimit;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.cohesion.proposal.internal.ProposalRepository;
import org.cohesion.proposal.internal.ProposalSupportRepository;
import org.cohesion.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What planners decide on proposals of their communities: turn a READY one into a plan (linked both ways),
 * decline one with a public reason, or merge a duplicate into another (its supporters carried over, each
 * person once). A decision on a proposal that was decided meanwhile is refused with a message.
 */
@Service
public class ProposalDecisions {

    private final ProposalRepository proposals;
    private final ProposalSupportRepository supports;
    private final ProposalAccess access;
    private final ProposalService proposalService;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final ProposalAnnouncer announcer;

    ProposalDecisions(ProposalRepository proposals, ProposalSupportRepository supports, ProposalAccess access,
                      ProposalService proposalService, PlanService plans, CurrentUser currentUser,
                      Transactions transactions, ProposalAnnouncer announcer) {
        this.proposals = proposals;
        this.supports = supports;
        this.access = access;
        this.proposalService = proposalService;
        this.plans = plans;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.announcer = announcer;
    }

    /**
     * Turns a READY proposal into a new plan of its community, created in the planner's name with the proposal's
     * title, kind, location and description; returns the plan's id. The proposal then shows "became plan X".
     */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public long convertToPlan(long proposalId) {
        Instant now = proposalService.now();
        long me = currentUser.requireId();
        long planId = staleAsMessage(() -> transactions.write(() -> {
            Proposal proposal = access.manageable(proposalId);
            if (proposal.statusAt(now) != ProposalStatus.READY) {
                throw ValidationException.of("status", proposal.statusAt(now).undecided()
                        ? "proposal.convert.not-ready" : "proposal.already-decided");
            }
            long created = plans.create(proposal.getCommunityId(), proposal.getTitle(),
                    proposal.getKind().planKind());
            plans.saveField(created, PlanField.LOCATION, proposal.getLocation());
            plans.saveField(created, PlanField.SUMMARY, proposal.getDescription());
            proposal.becamePlan(created, me, now);
            proposals.flush();
            return created;
        }));
        announcer.changed(proposalId, me);
        return planId;
    }

    /** Declines a proposal that is not decided yet, with a reason every member can read (required). */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public ProposalDetails decline(long proposalId, String reason) {
        String checked = ProposalTexts.clean(reason);
        Validation v = new Validation();
        v.required("reason", checked).maxLength("reason", checked, ProposalTexts.MAX_REASON);
        Instant now = proposalService.now();
        long me = currentUser.requireId();
        transactions.read(() -> access.manageable(proposalId));
        v.throwIfInvalid();
        staleAsMessage(() -> transactions.write(() -> {
            Proposal proposal = access.manageable(proposalId);
            requireUndecided(proposal, now);
            proposal.decline(checked, me, now);
            proposals.flush();
            return proposalId;
        }));
        announcer.changed(proposalId, me);
        return proposalService.proposal(proposalId, now);
    }

    /**
     * Merges a duplicate into another proposal of the same community that still gathers support: the duplicate's
     * supporters and its author become supporters of the other (each person once; never its own author), which may
     * make it READY. The duplicate shows "merged into Y" and stays readable.
     */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public ProposalDetails merge(long proposalId, long intoId) {
        if (proposalId == intoId) {
            throw ValidationException.of("target", "proposal.merge.same");
        }
        Instant now = proposalService.now();
        long me = currentUser.requireId();
        boolean[] targetWasReady = {false};
        staleAsMessage(() -> transactions.write(() -> {
            Proposal source = access.manageable(proposalId);
            Proposal target = access.visible(intoId);
            if (target.getCommunityId() != source.getCommunityId()) {
                throw ValidationException.of("target", "proposal.merge.other-community");
            }
            requireUndecided(source, now);
            if (!target.statusAt(now).acceptsSupport()) {
                throw ValidationException.of("target", "proposal.merge.target-closed");
            }
            targetWasReady[0] = target.getStatus() == ProposalStatus.READY;
            Set<Long> carried = new LinkedHashSet<>(supports.supporterIds(proposalId));
            carried.add(source.getAuthorId());
            carried.remove(target.getAuthorId());
            for (long person : carried) {
                if (!supports.existsByProposalIdAndUserId(intoId, person)) {
                    supports.save(new ProposalSupport(intoId, person, now));
                }
            }
            supports.flush();
            target.supportCount(supports.countByProposalId(intoId), now);
            source.mergeInto(intoId, me, now);
            proposals.flush();
            return intoId;
        }));
        announcer.changed(proposalId, me);
        if (!targetWasReady[0]) {
            transactions.read(() -> proposals.findById(intoId)).filter(t -> t.getStatus() == ProposalStatus.READY)
                    .ifPresent(t -> announcer.changed(intoId, me));
        }
        return proposalService.proposal(proposalId, now);
    }

    /** Proposals a duplicate may be merged into: others of its community still gathering support, by title. */
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public List<ProposalLink> mergeTargets(long proposalId, String titleContains, int offset, int limit) {
        Instant now = proposalService.now();
        return transactions.read(() -> {
            Proposal source = access.manageable(proposalId);
            return proposals.mergeTargets(source.getCommunityId(), proposalId, now, Likes.containing(titleContains),
                            new OffsetLimit(Math.max(0, offset), Math.max(1, limit))).stream()
                    .map(p -> new ProposalLink(p.getId(), p.getTitle())).toList();
        });
    }

    private static void requireUndecided(Proposal proposal, Instant now) {
        if (!proposal.statusAt(now).undecided()) {
            throw ValidationException.of("status", "proposal.already-decided");
        }
    }

    /** Another planner's decision at the same moment is reported as a message, never as an error page. */
    private static <T> T staleAsMessage(Supplier<T> work) {
        try {
            return work.get();
        } catch (OptimisticLockingFailureException e) {
            throw ValidationException.of("status", "proposal.changed-meanwhile");
        }
    }
}
