package org.cohesion.demo;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cohesion.base.i18n.Locales;
import org.cohesion.people.BilingualText;
import org.cohesion.people.Community;
import org.cohesion.people.Membership;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.people.User;
import org.cohesion.people.internal.CommunityRepository;
import org.cohesion.people.internal.MembershipRepository;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds Changning district's demo communities and people. Runs only when {@code cohesion.demo-data.enabled}
 * is true (the default profile); idempotent: what exists already is left alone.
 */
@Component
@ConditionalOnProperty(name = "cohesion.demo-data.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "cohesion-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private record DemoCommunity(String code, String nameEn, String nameZh, String streetEn, String streetZh) {
    }

    private record DemoMember(String community, StakeholderGroup group) {
    }

    private record DemoUser(String username, String displayName, Locale locale, Set<Role> roles,
                            List<DemoMember> memberships) {
    }

    private static final List<DemoCommunity> COMMUNITIES = List.of(
            new DemoCommunity("CHANGHONG", "Changhong Residential District", "长虹居民区",
                    "Hongqiao Street", "虹桥街道"),
            new DemoCommunity("YUYUAN", "Yuyuan Road Residential District", "愚园路居民区",
                    "Jiangsu Road Street", "江苏路街道"),
            new DemoCommunity("HUASHAN", "Huashan Garden", "华山花园",
                    "Xinhua Street", "新华路街道"),
            new DemoCommunity("SUZHOUCREEK", "Suzhou Creek Riverside", "苏州河滨河居民区",
                    "Zhoujiaqiao Street", "周家桥街道"),
            new DemoCommunity("TIANSHAN", "Tianshan Road Residential District", "天山路居民区",
                    "Tianshan Road Street", "天山路街道"));

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("planner", "陈静 Chen Jing", null, Set.of(Role.PLANNER), List.of(
                    new DemoMember("CHANGHONG", StakeholderGroup.COMMUNITY_WORKER),
                    new DemoMember("YUYUAN", StakeholderGroup.COMMUNITY_WORKER),
                    new DemoMember("HUASHAN", StakeholderGroup.COMMUNITY_WORKER),
                    new DemoMember("SUZHOUCREEK", StakeholderGroup.COMMUNITY_WORKER),
                    new DemoMember("TIANSHAN", StakeholderGroup.COMMUNITY_WORKER))),
            new DemoUser("wangfang", "王芳 Wang Fang", Locales.CHINESE, Set.of(Role.RESIDENT), List.of(
                    new DemoMember("CHANGHONG", StakeholderGroup.RESIDENT))),
            new DemoUser("liming", "李明 Li Ming", Locales.CHINESE, Set.of(Role.RESIDENT), List.of(
                    new DemoMember("HUASHAN", StakeholderGroup.SHOP_OR_BUSINESS))),
            new DemoUser("sarah", "Sarah Miller", Locales.ENGLISH, Set.of(Role.RESIDENT), List.of(
                    new DemoMember("CHANGHONG", StakeholderGroup.SOCIAL_ORGANISATION),
                    new DemoMember("YUYUAN", StakeholderGroup.RESIDENT))),
            new DemoUser("moderator", "张伟 Zhang Wei", null, Set.of(Role.MODERATOR), List.of(
                    new DemoMember("CHANGHONG", StakeholderGroup.COMMUNITY_WORKER),
                    new DemoMember("HUASHAN", StakeholderGroup.COMMUNITY_WORKER))),
            new DemoUser("admin", "系统管理员 Admin", null, Set.of(Role.ADMIN), List.of()));

    private final CommunityRepository communities;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final DemoPlanSeeder plans;
    private final DemoAnnotationSeeder annotations;

    DemoDataSeeder(CommunityRepository communities, UserRepository users, MembershipRepository memberships,
                   PasswordEncoder passwordEncoder, Clock clock, DemoPlanSeeder plans,
                   DemoAnnotationSeeder annotations) {
        this.annotations = annotations;
        this.plans = plans;
        this.communities = communities;
        this.users = users;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seedPeople();
        int seededPlans = plans.seed();
        if (seededPlans > 0) {
            log.info("Seeded {} demo plans", seededPlans);
        }
        int seededAnnotations = annotations.seed();
        if (seededAnnotations > 0) {
            log.info("Seeded {} demo annotations", seededAnnotations);
        }
    }

    private void seedPeople() {
        BilingualText changning = new BilingualText("Changning District", "长宁区");
        for (DemoCommunity c : COMMUNITIES) {
            if (!communities.existsByInviteCode(c.code())) {
                communities.save(new Community(new BilingualText(c.nameEn(), c.nameZh()),
                        new BilingualText(c.streetEn(), c.streetZh()), changning, c.code(), clock.instant()));
            }
        }
        int created = 0;
        for (DemoUser d : USERS) {
            if (users.existsByUsername(d.username())) {
                continue;
            }
            User user = users.save(new User(d.username(), d.displayName(), passwordEncoder.encode(DEMO_PASSWORD),
                    d.locale(), d.roles(), clock.instant()));
            for (DemoMember m : d.memberships()) {
                Community community = communities.findByInviteCode(m.community()).orElseThrow();
                memberships.save(new Membership(user, community, m.group(), clock.instant()));
            }
            created++;
        }
        if (created > 0) {
            log.info("Seeded {} demo users (password '{}')", created, DEMO_PASSWORD);
        }
    }
}
