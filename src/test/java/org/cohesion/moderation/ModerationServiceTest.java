package org.cohesion.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cohesion.moderation.ModerationTestSupport.comment;
import static org.cohesion.moderation.ModerationTestSupport.login;
import static org.cohesion.moderation.ModerationTestSupport.newPlan;

import java.time.Instant;
import java.util.List;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.discussion.CommentView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.ratelimit.RateLimitedAction;
import org.cohesion.ratelimit.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Flags, auto-hide, the queue, its actions and who may use them. */
@SpringBootTest
class ModerationServiceTest {

    static final String CHANGHONG = "Changhong Residential District";
    static final String YUYUAN = "Yuyuan Road Residential District";

    @Autowired
    ApplicationContext context;
    @Autowired
    ModerationService moderation;
    @Autowired
    DiscussionService discussion;
    @Autowired
    RateLimits rateLimits;

    long planId;
    long threadId;
    long commentId;

    @BeforeEach
    void aCommentByWangFang() {
        planId = newPlan(context, CHANGHONG);
        commentId = comment(context, planId, "wangfang", "Buy cheap watches at example.com");
        threadId = discussion.threadFor(planId, SubjectType.GENERAL, null).id();
    }

    @AfterEach
    void logout() {
        rateLimits.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void onePersonFlagsAnItemOnce() {
        login(context, "sarah");
        FlagResult first = moderation.flag(ContentType.COMMENT, commentId, FlagReason.SPAM, null);
        assertThat(first.flagCount()).isOne();
        assertThat(moderation.flaggedByMe(ContentType.COMMENT, commentId)).isTrue();
        assertRefused(() -> moderation.flag(ContentType.COMMENT, commentId, FlagReason.OFFENSIVE, null),
                "moderation.flag.twice");
        login(context, "moderator");
        assertThat(moderation.details(first.itemId()).flags()).hasSize(1);
    }

    @Test
    void flagsFromThreeDistinctPeopleHideTheItemPendingReview() {
        flag("sarah", FlagReason.SPAM);
        FlagResult second = flag("planner", FlagReason.OFFENSIVE);
        assertThat(second.hidden()).isFalse();
        assertThat(visibleTo("sarah")).contains(commentId);
        FlagResult third = flag("moderator", FlagReason.SPAM);
        assertThat(third.flagCount()).isEqualTo(3);
        assertThat(third.hidden()).isTrue();

        assertThat(visibleTo("sarah")).doesNotContain(commentId);
        login(context, "wangfang");
        CommentView own = discussion.newest(threadId, 50).get(0);
        assertThat(own.moderation()).isEqualTo(Visibility.HIDDEN);
        login(context, "moderator");
        QueueItem item = moderation.queue(new QueueFilter(QueueStatus.PENDING, null, planId, null), 0, 50).get(0);
        assertThat(item.autoHidden()).isTrue();
        assertThat(item.pending()).isTrue();
        assertThat(item.reasons()).containsExactlyInAnyOrder(FlagReason.SPAM, FlagReason.OFFENSIVE);
        assertThat(moderation.count(new QueueFilter(QueueStatus.HIDDEN, null, planId, null))).isOne();
        assertThat(item.authorName()).isEqualTo("王芳 Wang Fang");
    }

    @Test
    void otherNeedsAText_ownContentAndNonMembersAreRefused() {
        login(context, "sarah");
        assertRefused(() -> moderation.flag(ContentType.COMMENT, commentId, FlagReason.OTHER, "  "),
                "validation.required");
        assertRefused(() -> moderation.flag(ContentType.COMMENT, commentId, FlagReason.OTHER, "x".repeat(501)),
                "validation.too-long");
        assertRefused(() -> moderation.flag(ContentType.COMMENT, commentId, null, null), "validation.required");
        login(context, "wangfang");
        assertRefused(() -> moderation.flag(ContentType.COMMENT, commentId, FlagReason.SPAM, null),
                "moderation.flag.own");
        login(context, "liming");
        assertThatThrownBy(() -> moderation.flag(ContentType.COMMENT, commentId, FlagReason.SPAM, null))
                .isInstanceOf(AccessDeniedException.class);
        login(context, "sarah");
        FlagResult other = moderation.flag(ContentType.COMMENT, commentId, FlagReason.OTHER, "Advertises a shop");
        login(context, "moderator");
        assertThat(moderation.details(other.itemId()).flags().get(0).text()).isEqualTo("Advertises a shop");
    }

    @Test
    void flaggingTooFastGetsTheSlowDownMessage() {
        login(context, "sarah");
        long me = context.getBean(org.cohesion.security.CurrentUser.class).requireId();
        Instant t = Instant.now();
        for (int i = 0; i < rateLimits.perMinute(RateLimitedAction.FLAG); i++) {
            assertThat(rateLimits.tryAcquire(RateLimitedAction.FLAG, me)).isTrue();
        }
        assertRefused(() -> moderation.flag(ContentType.COMMENT, commentId, FlagReason.SPAM, null),
                "moderation.flag.slow-down");
        assertThat(moderation.flaggedByMe(ContentType.COMMENT, commentId)).isFalse();
        assertThat(t).isNotNull();
    }

    @Test
    void hideNeedsAReasonThatTheAuthorSees_restoreBringsItBack() {
        long item = flag("sarah", FlagReason.OFFENSIVE).itemId();
        login(context, "moderator");
        assertRefused(() -> moderation.hide(List.of(item), "  "), "validation.required");
        assertThat(visibleTo("sarah")).contains(commentId);

        login(context, "moderator");
        assertThat(moderation.hide(List.of(item), "Advertising is not allowed here")).isOne();
        assertThat(visibleTo("sarah")).doesNotContain(commentId);
        login(context, "wangfang");
        CommentView own = discussion.comment(commentId);
        assertThat(own.moderation()).isEqualTo(Visibility.HIDDEN);
        assertThat(own.moderationReason()).isEqualTo("Advertising is not allowed here");
        var notes = context.getBean(org.cohesion.notification.NotificationService.class).latest(0, 5);
        assertThat(notes.get(0).kind()).isEqualTo(org.cohesion.notification.NotificationKind.HIDDEN);
        assertThat(notes.get(0).reason()).isEqualTo("Advertising is not allowed here");
        login(context, "sarah");
        assertThatThrownBy(() -> discussion.comment(commentId)).isInstanceOf(ObjectNotFoundException.class);

        login(context, "moderator");
        QueueItem hidden = moderation.queue(new QueueFilter(QueueStatus.REVIEWED, null, planId, null), 0, 10).get(0);
        assertThat(hidden.hideReason()).isEqualTo("Advertising is not allowed here");
        assertThat(moderation.restore(List.of(item))).isOne();
        assertThat(visibleTo("sarah")).contains(commentId);
        login(context, "moderator");
        assertThat(moderation.count(new QueueFilter(QueueStatus.HIDDEN, null, planId, null))).isZero();
    }

    @Test
    void bulkActionsAndFilters() {
        long second = comment(context, planId, "sarah", "Second comment");
        long a = flag("sarah", FlagReason.SPAM).itemId();
        login(context, "wangfang");
        long b = moderation.flag(ContentType.COMMENT, second, FlagReason.OFF_TOPIC, null).itemId();

        login(context, "moderator");
        QueueFilter plan = new QueueFilter(null, null, planId, null);
        assertThat(moderation.count(plan)).isEqualTo(2);
        assertThat(moderation.count(new QueueFilter(null, null, planId, FlagReason.OFF_TOPIC))).isOne();
        assertThat(moderation.queue(new QueueFilter(null, null, planId, FlagReason.SPAM), 0, 10))
                .extracting(QueueItem::id).containsExactly(a);
        long changhong = moderation.queue(plan, 0, 1).get(0).communityId();
        assertThat(moderation.count(new QueueFilter(null, changhong, planId, null))).isEqualTo(2);
        assertThat(moderation.queuePlans()).containsKey(planId);

        assertThat(moderation.markReviewed(List.of(a, b))).isEqualTo(2);
        assertThat(moderation.count(new QueueFilter(QueueStatus.PENDING, null, planId, null))).isZero();
        assertThat(moderation.count(new QueueFilter(QueueStatus.REVIEWED, null, planId, null))).isEqualTo(2);
        assertThat(moderation.hide(List.of(a, b), "Off topic and spam")).isEqualTo(2);
        assertThat(moderation.count(new QueueFilter(QueueStatus.HIDDEN, null, planId, null))).isEqualTo(2);
        assertThat(visibleTo("planner")).doesNotContain(commentId, second);
    }

    @Test
    void residentsAndModeratorsOfOtherCommunitiesAreRefused() {
        long item = flag("sarah", FlagReason.SPAM).itemId();
        login(context, "wangfang");
        assertThatThrownBy(() -> moderation.queue(QueueFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.hide(List.of(item), "because")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.restore(List.of(item))).isInstanceOf(AccessDeniedException.class);

        long yuyuanPlan = newPlan(context, YUYUAN);
        long yuyuanComment = comment(context, yuyuanPlan, "sarah", "In Yuyuan");
        login(context, "planner");
        long yuyuanItem = moderation.flag(ContentType.COMMENT, yuyuanComment, FlagReason.SPAM, null).itemId();
        login(context, "moderator");
        assertThatThrownBy(() -> moderation.hide(List.of(yuyuanItem), "because"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.details(yuyuanItem)).isInstanceOf(AccessDeniedException.class);
        assertThat(moderation.queue(new QueueFilter(null, null, yuyuanPlan, null), 0, 10)).isEmpty();
        // all or nothing: one item out of scope refuses the whole bulk action
        assertThatThrownBy(() -> moderation.hide(List.of(item, yuyuanItem), "because"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(visibleTo("sarah")).contains(commentId);
        login(context, "admin");
        assertThat(moderation.hide(List.of(yuyuanItem), "Admins moderate everywhere")).isOne();
    }

    private FlagResult flag(String who, FlagReason reason) {
        login(context, who);
        return moderation.flag(ContentType.COMMENT, commentId, reason, null);
    }

    private List<Long> visibleTo(String who) {
        login(context, who);
        return discussion.newest(threadId, 50).stream().map(CommentView::id).toList();
    }

    static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().values()).anySatisfy(m -> assertThat(m.key()).isEqualTo(key)));
    }
}
