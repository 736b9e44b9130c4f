package org.cohesion.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.AopTestUtils;

/** Proposals through the service: threshold and expiry, support rules, visibility, bad input, rules. */
@SpringBootTest
class ProposalServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProposalService proposals;

    long changhong;

    @BeforeEach
    void thresholdOfTwo() {
        changhong = ProposalTestSupport.changhongRules(context, 2, 60);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void reachingTheThresholdMakesItReady() {
        login("wangfang");
        long id = ProposalTestSupport.propose(context, "Bench");
        ProposalDetails fresh = proposals.proposal(id);
        assertThat(fresh.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(fresh.supportThreshold()).isEqualTo(2);
        assertThat(fresh.expiresAt()).isEqualTo(fresh.createdAt().plus(Duration.ofDays(60)));
        assertThat(fresh.mine()).isTrue();
        assertThat(fresh.canSupport()).isFalse();

        login("sarah");
        ProposalDetails one = proposals.support(id);
        assertThat(one.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(one.supportCount()).isEqualTo(1);
        assertThat(one.supportedByMe()).isTrue();
        assertThat(one.readyAt()).isNull();

        login("moderator");
        ProposalDetails two = proposals.support(id);
        assertThat(two.status()).isEqualTo(ProposalStatus.READY);
        assertThat(two.supportCount()).isEqualTo(2);
        assertThat(two.readyAt()).isNotNull();
        assertThat(proposals.search(new ProposalFilter(changhong, null, ProposalStatus.READY, null), 0, 10_000))
                .extracting(ProposalSummary::id).contains(id);
        assertThat(proposals.search(new ProposalFilter(changhong, null, ProposalStatus.OPEN, null), 0, 10_000))
                .extracting(ProposalSummary::id).doesNotContain(id);

        // withdrawing after READY keeps it READY; the count follows
        ProposalDetails withdrawn = proposals.withdrawSupport(id);
        assertThat(withdrawn.status()).isEqualTo(ProposalStatus.READY);
        assertThat(withdrawn.supportCount()).isEqualTo(1);
    }

    @Test
    void theThresholdIsFixedWhenProposedAndTheCommunityMayChangeIt() {
        login("wangfang");
        long before = ProposalTestSupport.propose(context, "Before the change");
        ProposalTestSupport.changhongRules(context, 3, 30);
        login("wangfang");
        long after = ProposalTestSupport.propose(context, "After the change");
        assertThat(proposals.rules(changhong)).isEqualTo(new ProposalRules(3, 30));
        assertThat(proposals.proposal(before).supportThreshold()).isEqualTo(2);
        ProposalDetails later = proposals.proposal(after);
        assertThat(later.supportThreshold()).isEqualTo(3);
        assertThat(later.expiresAt()).isEqualTo(later.createdAt().plus(Duration.ofDays(30)));
    }

    @Test
    void onlyPlannersOfTheCommunitySetItsRulesWithinLimits() {
        login("sarah");
        assertThatThrownBy(() -> proposals.updateRules(changhong, 1, 10)).isInstanceOf(AccessDeniedException.class);
        login("planner");
        assertRefused(() -> proposals.updateRules(changhong, 0, 10), "proposal.rules.threshold-range");
        assertRefused(() -> proposals.updateRules(changhong, 3, 400), "proposal.rules.days-range");
        assertThat(proposals.rules(changhong)).isEqualTo(new ProposalRules(2, 60));
    }

    @Test
    void anOpenProposalExpiresAtItsDateWithoutEnoughSupport() {
        login("wangfang");
        ProposalService target = AopTestUtils.getTargetObject(proposals);
        Instant now = target.now();
        long id = target.create(new NewProposal(changhong, "Old idea", "Proposed long ago.", SpaceKind.MARKET,
                "Wet market"), now.minus(Duration.ofDays(60)).minusSeconds(1));
        long stillOpen = target.create(new NewProposal(changhong, "Recent idea", "Proposed recently.",
                SpaceKind.MARKET, "Wet market"), now.minus(Duration.ofDays(60)).plusSeconds(60));

        assertThat(proposals.proposal(id).status()).isEqualTo(ProposalStatus.EXPIRED);
        assertThat(proposals.proposal(stillOpen).status()).isEqualTo(ProposalStatus.OPEN);
        // the boundary: expired exactly at its expiry date
        ProposalDetails open = proposals.proposal(stillOpen);
        assertThat(target.proposal(stillOpen, open.expiresAt().minusNanos(1000)).status())
                .isEqualTo(ProposalStatus.OPEN);
        assertThat(target.proposal(stillOpen, open.expiresAt()).status()).isEqualTo(ProposalStatus.EXPIRED);

        assertThat(proposals.search(new ProposalFilter(changhong, null, ProposalStatus.EXPIRED, null), 0, 10_000))
                .extracting(ProposalSummary::id).contains(id).doesNotContain(stillOpen);
        assertThat(proposals.search(new ProposalFilter(changhong, null, ProposalStatus.OPEN, null), 0, 10_000))
                .extracting(ProposalSummary::id).contains(stillOpen).doesNotContain(id);

        login("sarah");
        assertRefused(() -> proposals.support(id), "proposal.support.closed");
        assertThat(proposals.proposal(id).supportCount()).isZero();
        // support arriving after the expiry date never makes it ready
        assertRefused(() -> target.support(stillOpen, open.expiresAt()), "proposal.support.closed");
    }

    @Test
    void supportOnceEachAndNeverOwn() {
        login("wangfang");
        long id = ProposalTestSupport.propose(context, "Own");
        assertRefused(() -> proposals.support(id), "proposal.support.own");
        login("sarah");
        proposals.support(id);
        assertRefused(() -> proposals.support(id), "proposal.support.twice");
        assertThat(proposals.proposal(id).supportCount()).isEqualTo(1);
        assertThat(proposals.withdrawSupport(id).supportCount()).isZero();
        assertRefused(() -> proposals.withdrawSupport(id), "proposal.support.none");
        assertThat(proposals.support(id).supportedByMe()).isTrue();
    }

    @Test
    void aProposalOfAnotherCommunityIsNotVisible() {
        login("wangfang");
        long id = ProposalTestSupport.propose(context, "Changhong only");
        login("liming");
        assertThatThrownBy(() -> proposals.proposal(id)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> proposals.support(id)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> proposals.photo(id)).isInstanceOf(ObjectNotFoundException.class);
        assertThat(proposals.search(ProposalFilter.all(), 0, 10_000)).extracting(ProposalSummary::id)
                .doesNotContain(id);
        assertThat(proposals.search(new ProposalFilter(changhong, null, null, null), 0, 10)).isEmpty();
        assertThat(proposals.count(new ProposalFilter(changhong, null, null, null))).isZero();
        assertThatThrownBy(() -> proposals.create(new NewProposal(changhong, "Forged", "Forged", SpaceKind.OTHER,
                "Somewhere"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.similar(changhong, "bench", "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.rules(changhong)).isInstanceOf(AccessDeniedException.class);
        login("sarah");
        assertThat(proposals.proposal(id).supportCount()).isZero();
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        login("wangfang");
        long before = proposals.count(new ProposalFilter(changhong, null, null, null));
        assertRefused(() -> create("", "d", SpaceKind.OTHER, "l"), "validation.required", "title");
        assertRefused(() -> create("  ", "d", SpaceKind.OTHER, "l"), "validation.required", "title");
        assertRefused(() -> create("标".repeat(201), "d", SpaceKind.OTHER, "l"), "validation.too-long", "title");
        assertRefused(() -> create("t", " \n ", SpaceKind.OTHER, "l"), "validation.required", "description");
        assertRefused(() -> create("t", "x".repeat(4001), SpaceKind.OTHER, "l"), "validation.too-long", "description");
        assertRefused(() -> create("t", "d", null, "l"), "validation.required", "kind");
        assertRefused(() -> create("t", "d", SpaceKind.OTHER, null), "validation.required", "location");
        assertRefused(() -> create("t", "d", SpaceKind.OTHER, "l".repeat(201)), "validation.too-long", "location");
        assertThat(proposals.count(new ProposalFilter(changhong, null, null, null))).isEqualTo(before);

        // the longest allowed (characters, not bytes) and HTML are stored as typed
        String html = "<script>alert('x')</script><b>长椅</b>";
        long id = create("😀".repeat(200), html, SpaceKind.OTHER, "😀".repeat(200));
        ProposalDetails stored = proposals.proposal(id);
        assertThat(stored.description()).isEqualTo(html);
        assertThat(stored.title()).hasSize(400);
        assertThat(proposals.count(new ProposalFilter(changhong, null, null, null))).isEqualTo(before + 1);
    }

    @Test
    void listFiltersAndSortsByNewestOrMostSupported() {
        login("wangfang");
        long less = create("Sorted less", "d", SpaceKind.RIVERSIDE, "l");
        long more = create("Sorted more", "d", SpaceKind.RIVERSIDE, "l");
        login("sarah");
        proposals.support(less);
        ProposalFilter riverside = new ProposalFilter(changhong, SpaceKind.RIVERSIDE, null, ProposalSort.NEWEST);
        var newest = proposals.search(riverside, 0, 10_000).stream().map(ProposalSummary::id).toList();
        assertThat(newest.indexOf(more)).isLessThan(newest.indexOf(less));
        var supported = proposals.search(new ProposalFilter(changhong, SpaceKind.RIVERSIDE, null,
                ProposalSort.MOST_SUPPORTED), 0, 10_000).stream().map(ProposalSummary::id).toList();
        assertThat(supported.indexOf(less)).isLessThan(supported.indexOf(more));
        assertThat(proposals.search(riverside, 0, 10_000)).allMatch(s -> s.kind() == SpaceKind.RIVERSIDE);
        assertThat(proposals.count(riverside)).isEqualTo(newest.size());
        ProposalSummary card = proposals.search(riverside, 0, 10_000).stream().filter(s -> s.id() == less)
                .findFirst().orElseThrow();
        assertThat(card.authorName()).isEqualTo("王芳 Wang Fang");
        assertThat(card.supportCount()).isEqualTo(1);
        assertThat(card.supportThreshold()).isEqualTo(2);
        assertThat(card.communityName().en()).isEqualTo(ProposalTestSupport.CHANGHONG);
    }

    private long create(String title, String description, SpaceKind kind, String location) {
        return proposals.create(new NewProposal(changhong, title, description, kind, location));
    }

    private void login(String username) {
        ProposalTestSupport.login(context, username);
    }

    static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().values()).extracting(Message::key).contains(key));
    }

    static void assertRefused(Runnable action, String key, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get(field)).extracting(Message::key).isEqualTo(key));
    }
}
