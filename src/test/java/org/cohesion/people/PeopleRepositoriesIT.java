package org.cohesion.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cohesion.base.Likes;
import org.cohesion.people.internal.CommunityRepository;
import org.cohesion.people.internal.MembershipRepository;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flyway's schema and the people repositories against the configured database: H2 by default, MariaDB with
 * the {@code mariadb} profile. Names carry a per-run suffix because a MariaDB database outlives the run.
 */
@SpringBootTest
class PeopleRepositoriesIT {

    private static final Instant CREATED = Instant.parse("2024-02-29T23:59:59.123456Z");
    private static final Instant AFTER_2038 = Instant.parse("2040-06-01T08:30:00.000001Z");

    @Autowired
    CommunityRepository communities;
    @Autowired
    UserRepository users;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final List<Long> createdUsers = new ArrayList<>();
    private final List<Long> createdCommunities = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        users.deleteAllById(createdUsers);
        communities.deleteAllById(createdCommunities);
    }

    @Test
    void chineseTextRoundTripsExactly() {
        String nameZh = "长虹居民区" + run;
        String streetZh = "虹桥街道·𠮷祥里";
        String districtZh = "长".repeat(100);
        Community saved = community(new BilingualText("Changhong " + run, nameZh),
                new BilingualText("Hongqiao Street", streetZh), new BilingualText(null, districtZh));

        Community loaded = communities.findById(saved.getId()).orElseThrow();
        assertThat(loaded.getName().zh()).isEqualTo(nameZh);
        assertThat(loaded.getName().en()).isEqualTo("Changhong " + run);
        assertThat(loaded.getStreet().zh()).isEqualTo(streetZh);
        assertThat(loaded.getDistrict().zh()).isEqualTo(districtZh).hasSize(100);
        assertThat(loaded.getDistrict().en()).isNull();
        assertThat(communities.findByInviteCode(saved.getInviteCode())).get()
                .extracting(c -> c.getName().zh()).isEqualTo(nameZh);
        assertThat(jdbc.queryForObject("select name_zh from community where id = ?", String.class, saved.getId()))
                .isEqualTo(nameZh);
    }

    @Test
    void instantsRoundTripInUtcWithMicroseconds() {
        Community saved = community(new BilingualText("Instant " + run, null), null, null);
        User user = user("time" + run, Set.of(Role.RESIDENT));
        Membership membership = memberships.saveAndFlush(
                new Membership(user, saved, StakeholderGroup.RESIDENT, AFTER_2038));

        assertThat(communities.findById(saved.getId()).orElseThrow().getCreatedAt()).isEqualTo(CREATED);
        assertThat(memberships.findById(membership.getId()).orElseThrow().getJoinedAt()).isEqualTo(AFTER_2038);
        assertThat(jdbc.queryForObject("select created_at from community where id = ?", String.class,
                saved.getId())).startsWith("2024-02-29 23:59:59.123456");
    }

    @Test
    void usersKeepTheirRolesAndLanguage() {
        User saved = user("roles" + run, Set.of(Role.RESIDENT, Role.MODERATOR));

        User loaded = users.findByUsername("roles" + run).orElseThrow();
        assertThat(loaded.getId()).isEqualTo(saved.getId());
        assertThat(loaded.getRoles()).containsExactlyInAnyOrder(Role.RESIDENT, Role.MODERATOR);
        assertThat(loaded.getDisplayName()).isEqualTo("王芳 " + run);
        assertThat(loaded.getPreferredLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(loaded.isEnabled()).isTrue();
        assertThat(users.existsByUsername("roles" + run)).isTrue();
        assertThat(jdbc.queryForList("select role from app_user_role where user_id = ?", String.class,
                saved.getId())).containsExactlyInAnyOrder("RESIDENT", "MODERATOR");
    }

    @Test
    void membershipKeepsItsStakeholderGroup() {
        Community saved = community(new BilingualText("Member " + run, "成员" + run), null, null);
        User user = user("member" + run, Set.of(Role.RESIDENT));
        memberships.saveAndFlush(new Membership(user, saved, StakeholderGroup.SHOP_OR_BUSINESS, CREATED));

        List<Membership> mine = tx.execute(s -> {
            List<Membership> list = memberships.findByUserWithCommunity(user.getId());
            list.forEach(m -> m.getCommunity().getName());
            return list;
        });
        assertThat(mine).singleElement().satisfies(m -> {
            assertThat(m.getStakeholderGroup()).isEqualTo(StakeholderGroup.SHOP_OR_BUSINESS);
            assertThat(m.getCommunity().getName().zh()).isEqualTo("成员" + run);
        });
        assertThat(memberships.existsByUserIdAndCommunityId(user.getId(), saved.getId())).isTrue();
        assertThat(memberships.findByUserIdAndCommunityId(user.getId(), saved.getId())).isPresent();
        assertThat(jdbc.queryForObject("select stakeholder_group from membership where user_id = ?",
                String.class, user.getId())).isEqualTo("SHOP_OR_BUSINESS");
    }

    @Test
    void usernameIsUnique() {
        user("unique" + run, Set.of(Role.RESIDENT));
        User twin = new User("unique" + run, "Twin", "{noop}x", null, Set.of(Role.RESIDENT), CREATED);

        assertThatThrownBy(() -> users.saveAndFlush(twin)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class,
                "unique" + run)).isEqualTo(1);
    }

    @Test
    void aPersonJoinsACommunityOnlyOnce() {
        Community saved = community(new BilingualText("Once " + run, null), null, null);
        User user = user("once" + run, Set.of(Role.RESIDENT));
        memberships.saveAndFlush(new Membership(user, saved, StakeholderGroup.RESIDENT, CREATED));

        Membership again = new Membership(user, saved, StakeholderGroup.WORK_UNIT, CREATED);
        assertThatThrownBy(() -> memberships.saveAndFlush(again))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("select count(*) from membership where user_id = ?", Long.class,
                user.getId())).isEqualTo(1);
    }

    @Test
    void searchIsCaseInsensitiveOverEveryName() {
        Community saved = community(new BilingualText("Garden " + run, "花园" + run),
                new BilingualText("Maple Street " + run, "枫树路" + run), null);

        assertThat(searchIds("GARDEN " + run.toUpperCase(Locale.ROOT))).containsExactly(saved.getId());
        assertThat(searchIds("maple street " + run)).containsExactly(saved.getId());
        assertThat(searchIds("花园" + run)).containsExactly(saved.getId());
        assertThat(searchIds("枫树路" + run)).containsExactly(saved.getId());
        assertThat(searchIds("nowhere " + run)).isEmpty();
        assertThat(communities.countSearch(Likes.containing("garden " + run))).isEqualTo(1);
    }

    @Test
    void wildcardsInTheSearchTextAreLiteral() {
        Community percent = community(new BilingualText(run + " 50% off", null), null, null);
        Community fifty = community(new BilingualText(run + " 50x off", null), null, null);
        Community underscore = community(new BilingualText(run + "_a", null), null, null);
        Community letter = community(new BilingualText(run + "ba", null), null, null);
        Community backslash = community(new BilingualText(run + " a\\b", null), null, null);
        Community bang = community(new BilingualText(run + " hi!", null), null, null);

        assertThat(searchIds(run)).containsExactlyInAnyOrder(percent.getId(), fifty.getId(),
                underscore.getId(), letter.getId(), backslash.getId(), bang.getId());
        assertThat(searchIds(run + " 50%")).containsExactly(percent.getId());
        assertThat(communities.countSearch(Likes.containing(run + " 50%"))).isEqualTo(1);
        assertThat(searchIds(run + "_a")).containsExactly(underscore.getId());
        assertThat(communities.countSearch(Likes.containing(run + "_"))).isEqualTo(1);
        assertThat(searchIds(run + " a\\b")).containsExactly(backslash.getId());
        assertThat(searchIds(run + " hi!")).containsExactly(bang.getId());
    }

    @Test
    void userSearchMatchesUsernameOrDisplayName() {
        User saved = user("search_" + run, Set.of(Role.RESIDENT));
        user("searchx" + run, Set.of(Role.RESIDENT));

        List<User> found = users.search(Likes.containing("SEARCH_" + run), PageRequest.of(0, 10));
        assertThat(found).extracting(User::getId).containsExactly(saved.getId());
        assertThat(users.countSearch(Likes.containing("search_" + run))).isEqualTo(1);
        assertThat(users.countSearch(Likes.containing("王芳 " + run))).isEqualTo(2);
    }

    @Test
    void memberCountsIncludeEmptyCommunities() {
        Community busy = community(new BilingualText("Busy " + run, null), null, null);
        Community empty = community(new BilingualText("Empty " + run, null), null, null);
        User one = user("one" + run, Set.of(Role.RESIDENT));
        User two = user("two" + run, Set.of(Role.PLANNER));
        memberships.saveAndFlush(new Membership(one, busy, StakeholderGroup.RESIDENT, CREATED));
        memberships.saveAndFlush(new Membership(two, busy, StakeholderGroup.COMMUNITY_WORKER, CREATED));

        Map<Long, Long> all = counts(communities.memberCounts());
        assertThat(all).containsEntry(busy.getId(), 2L).containsEntry(empty.getId(), 0L);
        assertThat(counts(communities.memberCounts(List.of(busy.getId(), empty.getId()))))
                .containsOnly(Map.entry(busy.getId(), 2L), Map.entry(empty.getId(), 0L));
    }

    private List<Long> searchIds(String text) {
        return communities.search(Likes.containing(text), PageRequest.of(0, 50)).stream()
                .map(Community::getId).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private Community community(BilingualText name, BilingualText street, BilingualText district) {
        String code = "T" + run + createdCommunities.size();
        Community saved = communities.saveAndFlush(new Community(name, street, district, code, CREATED));
        createdCommunities.add(saved.getId());
        return saved;
    }

    private User user(String username, Set<Role> roles) {
        User saved = users.saveAndFlush(new User(username, "王芳 " + run, "{noop}secret",
                Locale.SIMPLIFIED_CHINESE, roles, CREATED));
        createdUsers.add(saved.getId());
        return saved;
    }
}
