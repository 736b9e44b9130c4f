package org.cohesion.proposal;

import java.util.UUID;
import org.cohesion.people.CommunityService;
import org.cohesion.security.CohesionUser;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Sign-in, Changhong's id and its rules, and fresh proposals for proposal tests. */
public final class ProposalTestSupport {

    public static final String CHANGHONG = "Changhong Residential District";

    private ProposalTestSupport() {
    }

    public static CohesionUser login(ApplicationContext context, String username) {
        CohesionUser user = (CohesionUser) context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    /** Changhong's id, as a member (wangfang, sarah, moderator, planner) sees it. */
    public static long changhong(ApplicationContext context) {
        return context.getBean(CommunityService.class).myCommunities().stream()
                .filter(c -> CHANGHONG.equals(c.name().en())).findFirst().orElseThrow().communityId();
    }

    /** Sets Changhong's rules for new proposals, as the planner; leaves the planner signed in. */
    public static long changhongRules(ApplicationContext context, int threshold, int openDays) {
        login(context, "planner");
        long changhong = changhong(context);
        context.getBean(ProposalService.class).updateRules(changhong, threshold, openDays);
        return changhong;
    }

    /** A new proposal in Changhong by whoever is signed in, with a unique title. */
    public static long propose(ApplicationContext context, String title) {
        long changhong = changhong(context);
        return context.getBean(ProposalService.class).create(new NewProposal(changhong,
                title + " " + UUID.randomUUID().toString().substring(0, 8),
                "Residents would like this.", SpaceKind.POCKET_PARK, "Corner of Hongqiao Road"));
    }
}
