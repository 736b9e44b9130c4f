package org.cohesion.plan;

import java.util.UUID;
import org.cohesion.people.CommunityService;
import org.cohesion.people.MyCommunity;
import org.cohesion.security.CohesionUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs demo users in (Spring's security context only) and creates plans for drawing tests. */
public final class DrawingTestSupport {

    public static final String CHANGHONG = "Changhong Residential District";
    public static final String HUASHAN = "Huashan Garden";

    private DrawingTestSupport() {
    }

    public static Authentication authentication(UserDetailsService users, String username) {
        CohesionUser user = (CohesionUser) users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    public static CohesionUser login(UserDetailsService users, String username) {
        Authentication auth = authentication(users, username);
        SecurityContextHolder.getContext().setAuthentication(auth);
        return (CohesionUser) auth.getPrincipal();
    }

    /**
     * A new pocket-park plan in the named community of the signed-in planner, moved to CONSULTATION (where it
     * takes annotations and comments).
     */
    public static long newPlan(PlanService plans, CommunityService communities, String communityName) {
        long communityId = communities.myCommunities().stream()
                .filter(c -> communityName.equals(c.name().en())).map(MyCommunity::communityId)
                .findFirst().orElseThrow();
        long id = plans.create(communityId, "Drawings " + UUID.randomUUID().toString().substring(0, 8),
                PlanKind.POCKET_PARK);
        PhaseFixture.moveTo(id, PlanPhase.CONSULTATION);
        return id;
    }
}
