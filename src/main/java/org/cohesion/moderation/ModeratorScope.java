package org.cohesion.moderation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cohesion.people.CommunityAccess;
import org.cohesion.people.CommunityService;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Where the signed-in person moderates: admins everywhere, moderators in the communities they are members of.
 * A refused call (a forged one: the UI offers nothing it would refuse) is written to the audit log as
 * {@link AuditAction#ACCESS_DENIED} in a transaction of its own, and to the application log at WARN.
 */
@Component
class ModeratorScope {

    private static final Logger log = LoggerFactory.getLogger(ModeratorScope.class);

    private final CurrentUser currentUser;
    private final CommunityAccess communityAccess;
    private final CommunityService communities;
    private final AuditLog audit;

    ModeratorScope(CurrentUser currentUser, CommunityAccess communityAccess, CommunityService communities,
                   AuditLog audit) {
        this.currentUser = currentUser;
        this.communityAccess = communityAccess;
        this.communities = communities;
        this.audit = audit;
    }

    boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    boolean isModerator() {
        return currentUser.hasRole(Role.MODERATOR) || isAdmin();
    }

    /** The communities the person moderates; empty for admins, who moderate all ({@link #isAdmin()}). */
    Set<Long> communities() {
        if (isAdmin() || !currentUser.hasRole(Role.MODERATOR)) {
            return Set.of();
        }
        return communities.myCommunities().stream().map(c -> c.communityId()).collect(Collectors.toSet());
    }

    /** The communities for a query's "in" list: never empty (an empty "in ()" is not valid SQL everywhere). */
    List<Long> queryCommunities() {
        Set<Long> mine = communities();
        return mine.isEmpty() ? List.of(-1L) : List.copyOf(mine);
    }

    boolean moderates(long communityId) {
        return isAdmin() || (currentUser.hasRole(Role.MODERATOR) && communityAccess.canActIn(communityId));
    }

    /** Refuses (and records the refusal) unless the person moderates the community. */
    void requireModeratorOf(long communityId, String what) {
        if (!moderates(communityId)) {
            deny(communityId, what);
        }
    }

    /** Refuses (and records the refusal) unless the person is a moderator or admin. */
    void requireModerator(String what) {
        if (!isModerator()) {
            deny(null, what);
        }
    }

    private void deny(Long communityId, String what) {
        String who = currentUser.find().map(u -> u.getUsername()).orElse("anonymous");
        log.warn("Refused moderation call by {}: {} (community {})", who, what, communityId);
        audit.recordSeparately(AuditAction.ACCESS_DENIED, "CALL", null, what, communityId, null, null);
        throw new AccessDeniedException("Not a moderator of community " + communityId);
    }
}
