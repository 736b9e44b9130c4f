package org.cohesion.proposal;

import java.time.Instant;
import org.cohesion.people.BilingualText;

/** One card of the proposal list. */
public record ProposalSummary(long id, long communityId, BilingualText communityName, String title, SpaceKind kind,
                              String location, String authorName, Instant createdAt, int supportCount,
                              int supportThreshold, ProposalStatus status, Instant expiresAt) {
}
