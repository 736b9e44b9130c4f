package org.cohesion.discussion;

import java.util.UUID;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CohesionUser;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Sign-in and a fresh Changhong plan for discussion tests. */
public final class DiscussionTestSupport {

    public static final String CHANGHONG = "Changhong Residential District";

    private DiscussionTestSupport() {
    }

    public static CohesionUser login(ApplicationContext context, String username) {
        CohesionUser user = (CohesionUser) context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    /** A new plan in Changhong, created by whoever is signed in (a planner), in CONSULTATION. */
    public static long newChanghongPlan(ApplicationContext context) {
        long changhong = context.getBean(CommunityService.class).myCommunities().stream()
                .filter(c -> CHANGHONG.equals(c.name().en())).findFirst().orElseThrow().communityId();
        long id = context.getBean(PlanService.class).create(changhong, "Discussion test " + UUID.randomUUID(),
                PlanKind.POCKET_PARK);
        org.cohesion.plan.PhaseFixture.moveTo(id, org.cohesion.plan.PlanPhase.CONSULTATION);
        return id;
    }
}
