package org.cohesion.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.discussion.internal.CommentRateLimiter;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.AopTestUtils;

/** Threads and comments through the service: bad input, own-comment rules, support, access and paging. */
@SpringBootTest
class DiscussionServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DiscussionService discussion;

    @Autowired
    CommentRateLimiter rateLimiter;

    long planId;
    long threadId;

    @BeforeEach
    void generalThreadOfANewPlan() {
        rateLimiter.reset();
        login("planner");
        planId = DiscussionTestSupport.newChanghongPlan(context);
        threadId = discussion.threadFor(planId, SubjectType.GENERAL, null).id();
    }

    @AfterEach
    void logout() {
        rateLimiter.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void oneGeneralThreadPerPlanAndOnePerSubject() {
        assertThat(discussion.threadFor(planId, SubjectType.GENERAL, null).id()).isEqualTo(threadId);
        ThreadInfo annotation = discussion.threadFor(planId, SubjectType.ANNOTATION, 7L);
        assertThat(annotation.id()).isNotEqualTo(threadId);
        assertThat(discussion.threadFor(planId, SubjectType.ANNOTATION, 7L).id()).isEqualTo(annotation.id());
        assertThat(discussion.threadFor(planId, SubjectType.ANNOTATION, 8L).id()).isNotEqualTo(annotation.id());
        assertThat(annotation.subjectId()).isEqualTo(7L);
        assertThat(discussion.thread(threadId).subjectId()).isNull();
    }

    @Test
    void htmlIsStoredAndReturnedAsLiteralText() {
        String html = "<script>alert('x')</script>\n<b>bold</b> & 长椅";
        CommentView posted = discussion.post(threadId, null, html);
        assertThat(posted.body()).isEqualTo(html);
        assertThat(discussion.newest(threadId, 50)).extracting(CommentView::body).containsExactly(html);
        assertThat(posted.authorName()).isEqualTo("陈静 Chen Jing");
        assertThat(posted.mine()).isTrue();
        assertThat(posted.canEdit()).isTrue();
    }

    @Test
    void emptyOrTooLongIsRefusedAndNothingIsPosted() {
        assertRefused(() -> discussion.post(threadId, null, ""), "discussion.body.required");
        assertRefused(() -> discussion.post(threadId, null, " \n\t "), "discussion.body.required");
        assertRefused(() -> discussion.post(threadId, null, null), "discussion.body.required");
        assertRefused(() -> discussion.post(threadId, null, "字".repeat(5001)), "validation.too-long");
        assertThat(discussion.count(threadId)).isZero();
        // 5,000 characters (not bytes) is allowed, also outside the basic multilingual plane
        assertThat(discussion.post(threadId, null, "😀".repeat(5000)).body()).hasSize(10_000);
        assertThat(discussion.count(threadId)).isOne();
    }

    @Test
    void ownCommentMayBeEditedWithinTenMinutesAndIsMarkedEdited() {
        CommentView posted = discussion.post(threadId, null, "First draft");
        DiscussionService target = AopTestUtils.getTargetObject(discussion);
        CommentView edited = target.edit(posted.id(), "Second draft", posted.createdAt().plusSeconds(9 * 60));
        assertThat(edited.body()).isEqualTo("Second draft");
        assertThat(edited.edited()).isTrue();
        assertRefused(() -> target.edit(posted.id(), "Too late", posted.createdAt().plusSeconds(10 * 60 + 1)),
                "discussion.edit.too-late");
        assertThat(discussion.newest(threadId, 1).get(0).body()).isEqualTo("Second draft");
        assertThat(discussion.edit(posted.id(), "Third draft").body()).isEqualTo("Third draft");
    }

    @Test
    void editWindowBoundary() {
        Instant posted = Instant.parse("2026-05-01T08:00:00Z");
        assertThat(DiscussionService.withinEditWindow(posted, posted.plusSeconds(600))).isTrue();
        assertThat(DiscussionService.withinEditWindow(posted, posted.plusSeconds(600).plusNanos(1000))).isFalse();
    }

    @Test
    void someoneElsesCommentCannotBeEditedOrDeletedEvenIfForged() {
        CommentView posted = discussion.post(threadId, null, "Planner's words");
        login("sarah");
        assertThatThrownBy(() -> discussion.edit(posted.id(), "Forged")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.delete(posted.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(discussion.newest(threadId, 1).get(0).body()).isEqualTo("Planner's words");
        assertThat(discussion.newest(threadId, 1).get(0).canEdit()).isFalse();
    }

    @Test
    void deletedCommentStaysAsAPlaceholderWithoutItsText() {
        CommentView first = discussion.post(threadId, null, "Oops, wrong plan");
        login("wangfang");
        CommentView reply = discussion.post(threadId, first.id(), "回复");
        login("planner");
        CommentView deleted = discussion.delete(first.id());
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.body()).isNull();
        List<CommentView> thread = discussion.newest(threadId, 50);
        assertThat(thread).extracting(CommentView::id).containsExactly(first.id(), reply.id());
        assertThat(thread.get(0).deleted()).isTrue();
        assertThat(thread.get(1).parentAuthorName()).isEqualTo("陈静 Chen Jing");
        assertThatThrownBy(() -> discussion.edit(first.id(), "back")).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void supportCountsOncePerPersonCanBeWithdrawnAndNotForOnesOwn() {
        CommentView posted = discussion.post(threadId, null, "More shade, please");
        assertRefused(() -> discussion.support(posted.id()), "discussion.support.own", "support");
        login("wangfang");
        discussion.support(posted.id());
        CommentView twice = discussion.support(posted.id());
        assertThat(twice.supportCount()).isOne();
        assertThat(twice.supportedByMe()).isTrue();
        login("sarah");
        assertThat(discussion.support(posted.id()).supportCount()).isEqualTo(2);
        assertThat(discussion.withdrawSupport(posted.id()).supportCount()).isOne();
        assertThat(discussion.withdrawSupport(posted.id()).supportCount()).isOne();
        assertThat(discussion.newest(threadId, 1).get(0).supportedByMe()).isFalse();
    }

    @Test
    void replyMustBeInTheSameThread() {
        CommentView elsewhere = discussion.post(
                discussion.threadFor(planId, SubjectType.ANNOTATION, 1L).id(), null, "On a pin");
        assertThatThrownBy(() -> discussion.post(threadId, elsewhere.id(), "Reply"))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void planOfAnotherCommunityIsRefused() {
        discussion.post(threadId, null, "Changhong only");
        login("liming");
        assertThatThrownBy(() -> discussion.threadFor(planId, SubjectType.GENERAL, null))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> discussion.post(threadId, null, "Hello from Huashan"))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> discussion.newest(threadId, 50)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> discussion.count(threadId)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void closedPlanIsReadOnly() {
        CommentView before = discussion.post(threadId, null, "Before closing");
        PhaseFixture.moveTo(planId, PlanPhase.CLOSED);
        assertThat(discussion.thread(threadId).canPost()).isFalse();
        assertRefused(() -> discussion.post(threadId, null, "After closing"), "discussion.closed");
        assertRefused(() -> discussion.edit(before.id(), "Changed"), "discussion.closed");
        assertThat(discussion.newest(threadId, 50)).extracting(CommentView::body).containsExactly("Before closing");
        assertThat(discussion.newest(threadId, 50).get(0).canEdit()).isFalse();
    }

    @Test
    void moreThanTenCommentsAMinuteGetASlowDown() {
        for (int i = 1; i <= 10; i++) {
            discussion.post(threadId, null, "Comment " + i);
        }
        assertRefused(() -> discussion.post(threadId, null, "Eleven"), "discussion.slow-down");
        assertThat(discussion.count(threadId)).isEqualTo(10);
        login("wangfang");
        assertThat(discussion.post(threadId, null, "另一个人不受影响").body()).isEqualTo("另一个人不受影响");
    }

    @Test
    void tokenBucketRefillsOverTheMinute() {
        Instant t = Instant.parse("2026-05-01T08:00:00Z");
        for (int i = 0; i < 10; i++) {
            assertThat(rateLimiter.tryAcquire(-1, t)).isTrue();
        }
        assertThat(rateLimiter.tryAcquire(-1, t)).isFalse();
        assertThat(rateLimiter.tryAcquire(-1, t.plusSeconds(3))).isFalse();
        assertThat(rateLimiter.tryAcquire(-1, t.plusSeconds(6))).isTrue();
        assertThat(rateLimiter.tryAcquire(-1, t.plusSeconds(6))).isFalse();
    }

    @Test
    void keysetPagingLoadsEarlierCommentsOldestFirst() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            ids.add(discussion.post(threadId, null, "Comment " + i).id());
        }
        assertThat(discussion.newest(threadId, 3)).extracting(CommentView::id).isEqualTo(ids.subList(4, 7));
        assertThat(discussion.before(threadId, ids.get(4), 3)).extracting(CommentView::id)
                .isEqualTo(ids.subList(1, 4));
        assertThat(discussion.before(threadId, ids.get(1), 3)).extracting(CommentView::id)
                .isEqualTo(ids.subList(0, 1));
        assertThat(discussion.before(threadId, ids.get(0), 3)).isEmpty();
        assertThat(discussion.count(threadId)).isEqualTo(7);
    }

    @Test
    void signedOutCallersAreRefused() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> discussion.newest(threadId, 50))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void login(String username) {
        DiscussionTestSupport.login(context, username);
    }

    private static void assertRefused(Runnable action, String key) {
        assertRefused(action, key, DiscussionService.BODY);
    }

    private static void assertRefused(Runnable action, String key, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            Message message = e.fieldErrors().get(field);
            assertThat(message).isNotNull();
            assertThat(message.key()).isEqualTo(key);
        });
    }
}
