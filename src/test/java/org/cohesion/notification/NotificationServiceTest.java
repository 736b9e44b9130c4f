package org.cohesion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.AnnotationShape;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.annotation.Point;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.discussion.CommentView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.discussion.internal.CommentRateLimiter;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who is notified of what: the author of an answered annotation, the author of an annotation whose thread gets
 * a comment, the author of a comment that gets a reply; never the person who acted, never twice for one
 * comment. Everyone reads and marks only their own. Each test uses a new plan, so other tests' notifications
 * of the same demo people are told apart by plan.
 */
@SpringBootTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    AnnotationService annotations;
    @Autowired
    DiscussionService discussion;
    @Autowired
    PlanService plans;
    @Autowired
    DrawingService drawings;
    @Autowired
    CommunityService communities;
    @Autowired
    UserDetailsService users;
    @Autowired
    CommentRateLimiter rateLimiter;

    long planId;
    long drawingId;

    @BeforeEach
    void planWithDrawingInChanghong() throws Exception {
        rateLimiter.reset();
        login("planner");
        planId = DrawingTestSupport.newPlan(plans, communities, DrawingTestSupport.CHANGHONG);
        drawingId = drawings.upload(planId, "Site", TestImages.png(200, 100)).id();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAnswerNotifiesTheAuthorButNobodyIsNotifiedOfTheirOwnAnswer() {
        login("wangfang");
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "长椅");
        long unreadBefore = notifications.unreadCount();

        login("planner");
        annotations.setStatus(pin.id(), AnnotationStatus.DECLINED, "No room", null);
        AnnotationInfo own = annotations.placePin(drawingId, new Point(0.2, 0.2), AnnotationCategory.IDEA, "Mine");
        annotations.setStatus(own.id(), AnnotationStatus.ACCEPTED, null, null);
        assertThat(onThisPlan()).as("the planner answered their own pin").isEmpty();

        login("wangfang");
        assertThat(notifications.unreadCount()).isEqualTo(unreadBefore + 1);
        List<NotificationView> mine = onThisPlan();
        assertThat(mine).hasSize(1);
        NotificationView n = mine.get(0);
        assertThat(n.kind()).isEqualTo(NotificationKind.STATUS_CHANGED);
        assertThat(n.annotationId()).isEqualTo(pin.id());
        assertThat(n.annotationNumber()).isEqualTo(1);
        assertThat(n.annotationShape()).isEqualTo(AnnotationShape.PIN);
        assertThat(n.status()).isEqualTo(AnnotationStatus.DECLINED);
        assertThat(n.reason()).isEqualTo("No room");
        assertThat(n.actorName()).isEqualTo("陈静 Chen Jing");
        assertThat(n.planTitle()).startsWith("Drawings ");
        assertThat(n.unread()).isTrue();
    }

    @Test
    void commentsNotifyTheAnnotationAuthorAndRepliesTheParentAuthorButNobodyTwice() {
        login("wangfang");
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "长椅");
        long thread = discussion.threadFor(planId, SubjectType.ANNOTATION, pin.id()).id();

        login("sarah");
        CommentView sarahs = discussion.post(thread, null, "Good idea");
        login("wangfang");
        CommentView wangs = discussion.post(thread, sarahs.id(), "谢谢");
        login("planner");
        discussion.post(thread, wangs.id(), "We will look at it");
        discussion.post(thread, sarahs.id(), "Thanks Sarah");

        login("wangfang");
        assertThat(onThisPlan()).as("newest first; her own reply notified nobody but Sarah; one notification for "
                + "the planner's reply to her in her own pin's thread")
                .extracting(NotificationView::kind, NotificationView::actorName)
                .containsExactly(
                        Tuple.tuple(NotificationKind.ANNOTATION_COMMENT, "陈静 Chen Jing"),
                        Tuple.tuple(NotificationKind.REPLY, "陈静 Chen Jing"),
                        Tuple.tuple(NotificationKind.ANNOTATION_COMMENT, "Sarah Miller"));
        assertThat(onThisPlan()).allSatisfy(n -> {
            assertThat(n.annotationId()).isEqualTo(pin.id());
            assertThat(n.annotationNumber()).isEqualTo(1);
            assertThat(n.threadSubject()).isEqualTo(SubjectType.ANNOTATION);
        });

        login("sarah");
        assertThat(onThisPlan()).extracting(NotificationView::kind, NotificationView::actorName).containsExactly(
                Tuple.tuple(NotificationKind.REPLY, "陈静 Chen Jing"),
                Tuple.tuple(NotificationKind.REPLY, "王芳 Wang Fang"));

        login("planner");
        assertThat(onThisPlan()).as("the planner only wrote replies").isEmpty();
    }

    @Test
    void aReplyInTheGeneralThreadNotifiesTheParentAuthorOnly() {
        long general = discussion.threadFor(planId, SubjectType.GENERAL, null).id();
        CommentView question = discussion.post(general, null, "What do you think?");
        discussion.post(general, question.id(), "(adding to my own question)");
        login("sarah");
        discussion.post(general, null, "Not a reply");
        discussion.post(general, question.id(), "More trees");

        login("planner");
        List<NotificationView> mine = onThisPlan();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).kind()).isEqualTo(NotificationKind.REPLY);
        assertThat(mine.get(0).threadSubject()).isEqualTo(SubjectType.GENERAL);
        assertThat(mine.get(0).annotationId()).isNull();
        assertThat(mine.get(0).actorName()).isEqualTo("Sarah Miller");
    }

    @Test
    void aCommentOnADeletedAnnotationIsStillPosted() {
        login("wangfang");
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "x");
        long thread = discussion.threadFor(planId, SubjectType.ANNOTATION, pin.id()).id();
        annotations.delete(pin.id());
        login("sarah");
        assertThat(discussion.post(thread, null, "Too late?").body()).isEqualTo("Too late?");
        login("wangfang");
        assertThat(onThisPlan()).isEmpty();
    }

    @Test
    void everyoneReadsAndMarksOnlyTheirOwn() {
        login("wangfang");
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "x");
        login("planner");
        annotations.setStatus(pin.id(), AnnotationStatus.ACCEPTED, null, null);
        annotations.setStatus(pin.id(), AnnotationStatus.ADDRESSED, null, 1);

        login("wangfang");
        List<NotificationView> mine = onThisPlan();
        assertThat(mine).extracting(NotificationView::status)
                .containsExactly(AnnotationStatus.ADDRESSED, AnnotationStatus.ACCEPTED);
        assertThat(mine.get(0).revision()).isEqualTo(1);
        long unread = notifications.unreadCount();
        long first = mine.get(1).id();

        login("sarah");
        assertThat(onThisPlan()).isEmpty();
        assertThatThrownBy(() -> notifications.markRead(first)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> notifications.markRead(Long.MAX_VALUE)).isInstanceOf(ObjectNotFoundException.class);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();

        login("wangfang");
        assertThat(notifications.unreadCount()).as("Sarah's attempts changed nothing").isEqualTo(unread);
        notifications.markRead(first);
        notifications.markRead(first);
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat(onThisPlan()).extracting(NotificationView::unread).containsExactly(true, false);
        assertThat(notifications.markAllRead()).isEqualTo((int) unread - 1);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(onThisPlan()).noneMatch(NotificationView::unread);
        assertThat(notifications.latest(0, 1)).hasSize(1);
        assertThat(notifications.latest(1, 1).get(0).id()).isLessThan(notifications.latest(0, 1).get(0).id());
    }

    @Test
    void nobodySignedInReadsNothing() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> notifications.unreadCount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notifications.latest(0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private List<NotificationView> onThisPlan() {
        return notifications.latest(0, NotificationService.MAX_PAGE).stream()
                .filter(n -> n.planId() != null && n.planId() == planId)
                .toList();
    }

    private void login(String username) {
        DrawingTestSupport.login(users, username);
    }
}
