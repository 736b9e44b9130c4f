package org.cohesion.proposal;

import java.util.List;

/**
 * Published (as a Spring application event) after a proposal's fate changed and was committed: it became READY, a
 * planner turned it into a plan, declined it or merged it into another. Says who it concerns: its author and its
 * supporters.
 *
 * @param planId the plan it became (BECAME_PLAN), else null
 * @param mergedIntoId the proposal it was merged into (MERGED), else null
 * @param reason the planners' public reason (DECLINED), else null
 */
public record ProposalChanged(long proposalId, String title, ProposalStatus status, long authorId,
                              List<Long> supporterIds, Long planId, Long mergedIntoId, String reason, long actorId) {
}
