package org.cohesion.people;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cohesion.people.internal.CommunityRepository;
import org.cohesion.people.internal.MembershipRepository;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.security.CohesionUser;
import org.cohesion.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A new community with members, stored directly, for integration tests that need no demo data (and run on
 * MariaDB too). Names are bilingual and unique per call.
 */
public final class FreshCommunity {

    private final ApplicationContext context;
    private final Community community;
    private final String suffix;

    private FreshCommunity(ApplicationContext context, Community community, String suffix) {
        this.context = context;
        this.community = community;
        this.suffix = suffix;
    }

    /** A community named "{@code name} …" / "{@code chineseName}…" with a unique invite code. */
    public static FreshCommunity create(ApplicationContext context, String name, String chineseName) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Community community = context.getBean(CommunityRepository.class).save(new Community(
                new BilingualText(name + " " + suffix, chineseName + suffix), new BilingualText("IT street", "测试街道"),
                new BilingualText(null, "长宁区"), "FC" + suffix.toUpperCase(), Instant.now()));
        return new FreshCommunity(context, community, suffix);
    }

    public long id() {
        return community.getId();
    }

    /** A new member with the role and group; returns the username ({@code prefix} and a unique suffix). */
    public String member(String prefix, Role role, StakeholderGroup group) {
        User user = context.getBean(UserRepository.class).save(new User(prefix + "-" + suffix,
                "成员 " + prefix + " " + suffix, "{noop}x", null, Set.of(role), Instant.now()));
        context.getBean(MembershipRepository.class).save(new Membership(user, community, group, Instant.now()));
        return user.getUsername();
    }

    /** Signs the person in for the calling thread (Spring Security only). */
    public static CohesionUser signIn(ApplicationContext context, String username) {
        CohesionUser principal = (CohesionUser) context.getBean(UserDetailsService.class)
                .loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return principal;
    }
}
