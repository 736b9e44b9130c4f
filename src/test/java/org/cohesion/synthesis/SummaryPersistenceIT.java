package org.cohesion.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cohesion.discussion.CommentView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.people.BilingualText;
import org.cohesion.people.Community;
import org.cohesion.people.Membership;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.people.User;
import org.cohesion.people.internal.CommunityRepository;
import org.cohesion.people.internal.MembershipRepository;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CohesionUser;
import org.cohesion.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Summaries through the real services and the V13 migration: on H2 by default, on MariaDB with the {@code mariadb}
 * profile (see README). Needs no demo data: it makes its own community, planner and resident.
 */
@SpringBootTest
class SummaryPersistenceIT {

    @Autowired
    PlanService plans;
    @Autowired
    DiscussionService discussion;
    @Autowired
    SynthesisService synthesis;
    @Autowired
    SummaryService summaries;
    @Autowired
    UserRepository users;
    @Autowired
    CommunityRepository communities;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    UserDetailsService userDetails;

    long communityId;
    String planner;
    String resident;

    @BeforeEach
    void freshCommunity() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Community community = communities.save(new Community(new BilingualText("Synthesis IT " + suffix,
                "摘要测试" + suffix), new BilingualText("IT street", "测试街道"), new BilingualText(null, "长宁区"),
                "SY" + suffix.toUpperCase(), Instant.now()));
        communityId = community.getId();
        User p = users.save(new User("it-syn-planner-" + suffix, "规划师 " + suffix, "{noop}x", null,
                Set.of(Role.PLANNER), Instant.now()));
        memberships.save(new Membership(p, community, StakeholderGroup.COMMUNITY_WORKER, Instant.now()));
        User r = users.save(new User("it-syn-resident-" + suffix, "居民 " + suffix, "{noop}x", null,
                Set.of(Role.RESIDENT), Instant.now()));
        memberships.save(new Membership(r, community, StakeholderGroup.SHOP_OR_BUSINESS, Instant.now()));
        planner = p.getUsername();
        resident = r.getUsername();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void as(String username) {
        CohesionUser user = (CohesionUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void draftsAndFrozenVersionsRoundTripChineseAndTimes() {
        as(planner);
        long planId = plans.create(communityId, "摘要 IT", PlanKind.POCKET_PARK);
        org.cohesion.plan.PhaseFixture.moveTo(planId, org.cohesion.plan.PlanPhase.CONSULTATION);
        as(resident);
        CommentView comment = discussion.post(discussion.threadFor(planId, SubjectType.GENERAL, null).id(), null,
                "长椅要有靠背 𠮷 benches with backs");
        as(planner);
        List<Contribution> all = synthesis.contributions(planId);
        assertThat(all).singleElement().satisfies(c -> {
            assertThat(c.group()).isEqualTo(StakeholderGroup.SHOP_OR_BUSINESS);
            assertThat(c.createdAt()).isEqualTo(comment.createdAt());
        });
        String line = "居民希望长椅有靠背。𠮷 " + "长".repeat(1_900);
        SummaryDraft draft = summaries.saveDraft(planId, null, List.of(new SummaryLine(line,
                List.of("comment:" + comment.id()))));
        assertThat(summaries.draft(planId).lines().get(0).text()).isEqualTo(line);
        PublishedSummary published = summaries.publish(planId, draft.version());

        as(resident);
        PublishedSummary read = summaries.published(planId).orElseThrow();
        assertThat(read.number()).isEqualTo(1);
        assertThat(read.publishedAt()).isEqualTo(published.publishedAt());
        assertThat(read.lines().get(0).text()).isEqualTo(line);
        Citation cited = read.lines().get(0).citations().get(0);
        assertThat(cited.text()).isEqualTo("长椅要有靠背 𠮷 benches with backs");
        assertThat(cited.createdAt()).isEqualTo(comment.createdAt());
        assertThat(cited.kind()).isEqualTo(ContributionKind.COMMENT);
    }
}
