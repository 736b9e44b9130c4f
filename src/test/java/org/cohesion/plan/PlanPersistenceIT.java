package org.cohesion.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cohesion.people.BilingualText;
import org.cohesion.people.Community;
import org.cohesion.people.Membership;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.people.User;
import org.cohesion.people.internal.CommunityRepository;
import org.cohesion.people.internal.MembershipRepository;
import org.cohesion.people.internal.UserRepository;
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
 * Plans, their revisions and drawings through the real services and migrations: on H2 by default, on
 * MariaDB with the {@code mariadb} profile (see README). Needs no demo data: it makes its own planner.
 */
@SpringBootTest
class PlanPersistenceIT {

    @Autowired
    PlanService plans;
    @Autowired
    PlanHistoryService history;
    @Autowired
    DrawingService drawings;
    @Autowired
    UserRepository users;
    @Autowired
    CommunityRepository communities;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    UserDetailsService userDetails;

    private long communityId;
    private CohesionUser secondPlanner;

    @BeforeEach
    void signInAsAFreshPlanner() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Community community = communities.save(new Community(new BilingualText("IT community " + suffix,
                "测试社区" + suffix), new BilingualText("IT street", "测试街道"), new BilingualText(null, "长宁区"),
                "IT" + suffix.toUpperCase(), Instant.now()));
        User planner = users.save(new User("it-planner-" + suffix, "规划师 " + suffix, "{noop}x", null,
                Set.of(Role.PLANNER), Instant.now()));
        memberships.save(new Membership(planner, community, StakeholderGroup.COMMUNITY_WORKER, Instant.now()));
        User second = users.save(new User("it-planner2-" + suffix, "第二位规划师 " + suffix, "{noop}x", null,
                Set.of(Role.PLANNER), Instant.now()));
        memberships.save(new Membership(second, community, StakeholderGroup.WORK_UNIT, Instant.now()));
        secondPlanner = (CohesionUser) userDetails.loadUserByUsername(second.getUsername());
        communityId = community.getId();
        CohesionUser principal = (CohesionUser) userDetails.loadUserByUsername(planner.getUsername());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void longChineseTextsBudgetsAndDatesRoundTripExactly() {
        long id = plans.create(communityId, "苏州河畔口袋公园 𠮷", PlanKind.POCKET_PARK);
        String proposal = "保留香樟树，沿树池设置环形座椅。𠮷\n\n".repeat(1_500);
        plans.saveField(id, PlanField.DESIGN_PROPOSAL, proposal);
        plans.saveField(id, PlanField.BUDGET, "1234567.5");
        plans.saveField(id, PlanField.TARGET_DATE, "2039-12-31");

        PlanDetails reopened = plans.open(id);
        assertThat(reopened.value(PlanField.TITLE)).isEqualTo("苏州河畔口袋公园 𠮷");
        assertThat(reopened.value(PlanField.DESIGN_PROPOSAL)).isEqualTo(proposal.stripTrailing());
        assertThat(reopened.value(PlanField.BUDGET)).isEqualTo("1234567.50");
        assertThat(reopened.value(PlanField.TARGET_DATE)).isEqualTo("2039-12-31");
    }

    @Test
    void historyRecordsEveryChangeAndRestoreWritesANewRevision() {
        long id = plans.create(communityId, "History on this database", PlanKind.STREET_RENEWAL);
        plans.saveField(id, PlanField.SUMMARY, "第一稿");
        var first = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                secondPlanner, null, secondPlanner.getAuthorities()));
        plans.saveField(id, PlanField.SUMMARY, "第二稿");
        SecurityContextHolder.getContext().setAuthentication(first);
        assertThat(history.countRevisions(id)).isEqualTo(2);
        assertThat(history.changes(id, 2)).singleElement().satisfies(c -> {
            assertThat(c.oldValue()).isEqualTo("第一稿");
            assertThat(c.newValue()).isEqualTo("第二稿");
            assertThat(c.authorName()).startsWith("第二位规划师");
        });

        int restored = history.restore(id, 1);

        assertThat(restored).isEqualTo(3);
        assertThat(plans.open(id).value(PlanField.SUMMARY)).isEqualTo("第一稿");
        assertThat(plans.open(id).generation()).isEqualTo(1);
        assertThat(history.valuesAt(id, 2).get(PlanField.SUMMARY)).isEqualTo("第二稿");
    }

    @Test
    void drawingBytesAndChecksumRoundTrip() {
        long id = plans.create(communityId, "Drawings on this database", PlanKind.PUBLIC_SPACE);
        byte[] png = org.cohesion.demo.SiteDrawingGenerator.generate("IT " + id);

        DrawingInfo info = drawings.upload(id, "现状平面图", png);

        DrawingImage image = drawings.image(info.id());
        assertThat(image.bytes()).isEqualTo(png);
        assertThat(image.sha256()).isEqualTo(info.sha256());
        assertThat(drawings.drawings(id)).containsExactly(info);
    }
}
