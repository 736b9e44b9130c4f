package org.cohesion.people;

/** A community as admins and the district overview see it. */
public record CommunityDetails(long id, long version, BilingualText name, BilingualText street,
                               BilingualText district, String inviteCode, long memberCount) {

    static CommunityDetails of(Community c, long memberCount) {
        return new CommunityDetails(c.getId(), c.getVersion(), c.getName(), c.getStreet(), c.getDistrict(),
                c.getInviteCode(), memberCount);
    }
}
