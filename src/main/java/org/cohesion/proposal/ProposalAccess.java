package org.cohesion.proposal;

import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.people.CommunityAccess;
import org.cohesion.proposal.internal.ProposalRepository;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and decide on a proposal: members of its community (and admins) see it; the community's planners
 * and admins decide on it. A proposal the viewer may not see is reported as not found.
 */
@Component
class ProposalAccess {

    private final ProposalRepository proposals;
    private final CommunityAccess communities;
    private final CurrentUser currentUser;

    ProposalAccess(ProposalRepository proposals, CommunityAccess communities, CurrentUser currentUser) {
        this.proposals = proposals;
        this.communities = communities;
        this.currentUser = currentUser;
    }

    Proposal visible(long proposalId) {
        Proposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new ObjectNotFoundException("Proposal " + proposalId));
        if (!communities.canActIn(proposal.getCommunityId())) {
            throw new ObjectNotFoundException("Proposal " + proposalId);
        }
        return proposal;
    }

    Proposal manageable(long proposalId) {
        Proposal proposal = visible(proposalId);
        if (!canManage(proposal.getCommunityId())) {
            throw new AccessDeniedException("Not a planner of the community of proposal " + proposalId);
        }
        return proposal;
    }

    boolean canManage(long communityId) {
        return (currentUser.hasRole(Role.PLANNER) && communities.canActIn(communityId))
                || currentUser.hasRole(Role.ADMIN);
    }
}
