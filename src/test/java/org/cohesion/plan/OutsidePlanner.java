package org.cohesion.plan;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.cohesion.people.Membership;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.people.User;
import org.cohesion.people.internal.CommunityRepository;
import org.cohesion.people.internal.MembershipRepository;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.security.Role;
import org.springframework.context.ApplicationContext;

/** Test fixture: a planner who is a member of Huashan Garden only (the demo planner is in every community). */
public final class OutsidePlanner {

    public static final String USERNAME = "planner-huashan-only";

    private OutsidePlanner() {
    }

    /** Creates the planner once; returns the username to sign in with. */
    public static synchronized String ensure(ApplicationContext context) {
        UserRepository users = context.getBean(UserRepository.class);
        if (!users.existsByUsername(USERNAME)) {
            User user = users.save(new User(USERNAME, "Huashan planner", "{noop}unused", Locale.ENGLISH,
                    Set.of(Role.PLANNER), Instant.now()));
            context.getBean(MembershipRepository.class).save(new Membership(user,
                    context.getBean(CommunityRepository.class).findByInviteCode("HUASHAN").orElseThrow(),
                    StakeholderGroup.COMMUNITY_WORKER, Instant.now()));
        }
        return USERNAME;
    }
}
