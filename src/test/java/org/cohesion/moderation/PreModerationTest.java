package org.cohesion.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cohesion.moderation.ModerationTestSupport.comment;
import static org.cohesion.moderation.ModerationTestSupport.login;
import static org.cohesion.moderation.ModerationTestSupport.newPlan;

import java.util.List;
import org.cohesion.discussion.CommentView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.ratelimit.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Pre-moderation: members' new comments wait for approval, seen by their authors only; approval publishes. */
@SpringBootTest
class PreModerationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PreModerationService preModeration;
    @Autowired
    ModerationService moderation;
    @Autowired
    DiscussionService discussion;
    @Autowired
    AuditService audit;

    long planId;
    long threadId;

    @BeforeEach
    void aPlanWithPreModeration() {
        planId = newPlan(context, ModerationServiceTest.CHANGHONG);
        threadId = discussion.threadFor(planId, SubjectType.GENERAL, null).id();
        login(context, "wangfang");
        assertThat(preModeration.canChange(planId)).isFalse();
        assertThatThrownBy(() -> preModeration.change(planId, true)).isInstanceOf(AccessDeniedException.class);
        login(context, "planner");
        assertThat(preModeration.canChange(planId)).isTrue();
        preModeration.change(planId, true);
    }

    @AfterEach
    void logout() {
        context.getBean(RateLimits.class).reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void awaitingReviewIsSeenByItsAuthorOnly_approvalPublishesIt() {
        long waiting = comment(context, planId, "wangfang", "请把长椅放在树荫下");
        login(context, "wangfang");
        assertThat(preModeration.isOn(planId)).isTrue();
        CommentView own = discussion.comment(waiting);
        assertThat(own.moderation()).isEqualTo(Visibility.AWAITING_REVIEW);
        assertThat(visibleTo("sarah")).doesNotContain(waiting);
        assertThat(countFor("sarah")).isZero();

        login(context, "moderator");
        QueueItem item = moderation.queue(new QueueFilter(QueueStatus.PENDING, null, planId, null), 0, 10).get(0);
        assertThat(item.visibility()).isEqualTo(Visibility.AWAITING_REVIEW);
        assertThat(item.flagCount()).isZero();
        assertThat(moderation.markReviewed(List.of(item.id()))).isOne();

        assertThat(visibleTo("sarah")).contains(waiting);
        login(context, "wangfang");
        assertThat(discussion.comment(waiting).moderation()).isEqualTo(Visibility.VISIBLE);
        login(context, "admin");
        assertThat(audit.search(new AuditFilter(AuditAction.APPROVE, null, null, null, null), 0, 1).get(0)
                .targetId()).isEqualTo(waiting);
        assertThat(audit.search(new AuditFilter(AuditAction.PRE_MODERATION_ON, null, null, null, null), 0, 1)
                .get(0).targetId()).isEqualTo(planId);
    }

    @Test
    void plannersAndModeratorsArePublishedAtOnce_offAgainPublishesNewOnesAtOnce() {
        long byPlanner = comment(context, planId, "planner", "Draft two is up");
        long byModerator = comment(context, planId, "moderator", "Please keep it civil");
        assertThat(visibleTo("sarah")).contains(byPlanner, byModerator);
        long hiddenUntilApproved = comment(context, planId, "sarah", "Before");
        login(context, "moderator");
        preModeration.change(planId, false);
        long after = comment(context, planId, "sarah", "After");
        assertThat(visibleTo("wangfang")).contains(after).doesNotContain(hiddenUntilApproved);
    }

    private List<Long> visibleTo(String who) {
        login(context, who);
        return discussion.newest(threadId, 50).stream().map(CommentView::id).toList();
    }

    private long countFor(String who) {
        login(context, who);
        return discussion.count(threadId);
    }
}
