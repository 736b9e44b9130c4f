package org.cohesion.people;

import java.time.Instant;

/** A person's membership of one community. */
public record MembershipDetails(long membershipId, long communityId, BilingualText communityName,
                                StakeholderGroup group, Instant joinedAt) {

    static MembershipDetails of(Membership m) {
        return new MembershipDetails(m.getId(), m.getCommunity().getId(), m.getCommunity().getName(),
                m.getStakeholderGroup(), m.getJoinedAt());
    }
}
