package org.cohesion.people;

import java.time.Instant;

/** One of the signed-in person's communities, with what they are there. */
public record MyCommunity(long communityId, BilingualText name, BilingualText street, BilingualText district,
                          StakeholderGroup group, Instant joinedAt, long memberCount) {
}
