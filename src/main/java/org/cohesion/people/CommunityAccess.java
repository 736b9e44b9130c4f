package org.cohesion.people;

import org.cohesion.people.internal.MembershipRepository;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership check every feature applies to the objects it touches: a person acts in a community
 * only if they are a member of it (admins may act everywhere).
 */
@Component
public class CommunityAccess {

    private final MembershipRepository memberships;
    private final CurrentUser currentUser;

    CommunityAccess(MembershipRepository memberships, CurrentUser currentUser) {
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    /** True when the signed-in person is a member of the community or an admin. */
    @Transactional(readOnly = true)
    public boolean canActIn(long communityId) {
        return currentUser.find().map(u -> u.hasRole(Role.ADMIN)
                || memberships.existsByUserIdAndCommunityId(u.id(), communityId)).orElse(false);
    }

    /** Refuses unless the signed-in person is a member of the community or an admin. */
    public void requireMemberOf(long communityId) {
        if (!canActIn(communityId)) {
            throw new AccessDeniedException("Not a member of community " + communityId);
        }
    }
}
