package org.cohesion.proposal;

import java.time.Instant;
import java.util.List;
import org.cohesion.people.BilingualText;

/**
 * Everything about one proposal as the viewer sees it: its texts, status and support, what became of it
 * (declined with a reason, merged into another, turned into a plan) and what the viewer may do.
 */
public record ProposalDetails(long id, long communityId, BilingualText communityName, String title,
                              String description, SpaceKind kind, String location, long authorId, String authorName,
                              Instant createdAt, Instant expiresAt, Instant readyAt, ProposalStatus status,
                              int supportCount, int supportThreshold, boolean mine, boolean supportedByMe,
                              boolean canManage, String declineReason, Instant closedAt, String closedByName,
                              ProposalLink mergedInto, List<ProposalLink> mergedFrom, ProposalLink plan,
                              String photoUrl) {

    /** Whether the viewer may support it now (or withdraw their support): not their own, still gathering. */
    public boolean canSupport() {
        return !mine && status.acceptsSupport();
    }
}
