package org.cohesion.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cohesion.KaribuTest;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.annotation.Point;
import org.cohesion.base.i18n.Locales;
import org.cohesion.discussion.CommentView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.discussion.internal.CommentRateLimiter;
import org.cohesion.notification.NotificationService;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.cohesion.proposal.ProposalDecisions;
import org.cohesion.proposal.ProposalRules;
import org.cohesion.proposal.ProposalService;
import org.cohesion.proposal.ProposalTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bell of one person: sentences in their language, paging, marking read. */
class NotificationBellTest extends KaribuTest {

    private long planId;
    private AnnotationInfo area;

    @BeforeEach
    void aPlannerAnswersWangFangsAreaAndRepliesToHer() throws Exception {
        context.getBean(CommentRateLimiter.class).reset();
        login("wangfang");
        context.getBean(NotificationService.class).markAllRead();
        login("planner");
        planId = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
        long drawingId = context.getBean(DrawingService.class).upload(planId, "Site", TestImages.png(200, 100)).id();
        login("wangfang");
        AnnotationService annotations = context.getBean(AnnotationService.class);
        area = annotations.placeArea(drawingId, List.of(new Point(0, 0), new Point(1, 0), new Point(1, 1)),
                AnnotationCategory.CONCERN, "太吵 Too noisy");
        DiscussionService discussion = context.getBean(DiscussionService.class);
        long general = discussion.threadFor(planId, SubjectType.GENERAL, null).id();
        CommentView question = discussion.post(general, null, "什么时候开工？");
        login("planner");
        annotations.setStatus(area.id(), AnnotationStatus.ADDRESSED, null, 1);
        discussion.post(general, question.id(), "Next spring");
        login("wangfang");
    }

    @Test
    void sentencesAreInTheReadersLanguage() {
        UI.getCurrent().setLocale(Locales.CHINESE);
        UI.getCurrent().navigate("");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.unread()).isEqualTo(2);
        assertThat(bell.button.getAriaLabel()).contains("通知，2 条未读");
        bell.open();
        assertThat(bell.sentences().subList(0, 2)).containsExactly(
                "陈静 Chen Jing 回复了您在综合讨论中的评论",
                "陈静 Chen Jing 将您的 1 号区域标为“已在第 1 版处理”");
        assertThat(bell.entries().get(0).unreadMark.isVisible()).isTrue();
        assertThat(bell.entries().get(0).unreadMark.getText()).isEqualTo("未读：");
        assertThat(bell.entries().get(0).meta.getText()).startsWith("Drawings ");
    }

    @Test
    void englishReadersReadEnglishAndMarkAllRead() {
        UI.getCurrent().navigate("");
        NotificationBell bell = _get(NotificationBell.class);
        bell.open();
        assertThat(bell.sentences().subList(0, 2)).containsExactly(
                "陈静 Chen Jing replied to your comment in the general discussion",
                "陈静 Chen Jing marked your area #1 as addressed in revision 1");
        assertThat(bell.markAllRead.isEnabled()).isTrue();
        _click(bell.markAllRead);
        assertThat(bell.unread()).isZero();
        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(bell.markAllRead.isEnabled()).isFalse();
        assertThat(bell.entries()).noneMatch(e -> e.button.hasClassName("unread"));
        assertThat(bell.announcer.getText()).isEqualTo("All notifications are marked read.");
    }

    @Test
    void olderNotificationsLoadOnRequestAndAGeneralReplyOpensThePlan() {
        login("planner");
        AnnotationService annotations = context.getBean(AnnotationService.class);
        for (int i = 0; i < NotificationBell.PAGE; i++) {
            annotations.setStatus(area.id(), i % 2 == 0 ? AnnotationStatus.ACCEPTED : AnnotationStatus.OPEN, null,
                    null);
        }
        login("wangfang");
        UI.getCurrent().navigate("");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.unread()).isEqualTo(NotificationBell.PAGE + 2);
        assertThat(bell.badge.getText()).isEqualTo(String.valueOf(NotificationBell.PAGE + 2));
        bell.open();
        assertThat(bell.entries()).hasSize(NotificationBell.PAGE);
        assertThat(bell.sentences().get(0)).isEqualTo("陈静 Chen Jing marked your area #1 as open");
        assertThat(bell.loadMore.isVisible()).isTrue();
        _click(bell.loadMore);
        assertThat(bell.entries().size()).isGreaterThanOrEqualTo(NotificationBell.PAGE + 2);
        assertThat(bell.entries()).extracting(e -> e.notification().id())
                .isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
        assertThat(bell.sentences().subList(NotificationBell.PAGE, NotificationBell.PAGE + 2)).containsExactly(
                "陈静 Chen Jing replied to your comment in the general discussion",
                "陈静 Chen Jing marked your area #1 as addressed in revision 1");

        NotificationEntry reply = bell.entries().get(NotificationBell.PAGE);
        _click(reply.button);
        assertThat(currentPath()).isEqualTo("plans/" + planId);
        assertThat(bell.unread()).isEqualTo(NotificationBell.PAGE + 1);
        assertThat(bell.popover.isOpened()).isFalse();
    }

    @Test
    void aProposersBellSaysWhatBecameOfHerProposalAndOpensIt() {
        login("planner");
        long changhong = ProposalTestSupport.changhong(context);
        ProposalRules rules = context.getBean(ProposalService.class).rules(changhong);
        context.getBean(ProposalService.class).updateRules(changhong, 2, 30);
        try {
            login("wangfang");
            long proposal = ProposalTestSupport.propose(context, "Bird boxes");
            for (String supporter : List.of("sarah", "planner")) {
                login(supporter);
                context.getBean(ProposalService.class).support(proposal);
            }
            long plan = context.getBean(ProposalDecisions.class).convertToPlan(proposal);
            login("wangfang");
            UI.getCurrent().setLocale(Locale.ENGLISH);
            UI.getCurrent().navigate("");
            NotificationBell bell = _get(NotificationBell.class);
            bell.open();
            assertThat(bell.sentences().get(0)).startsWith("The planners turned the proposal “Bird boxes")
                    .endsWith("” into a plan");
            assertThat(bell.sentences().get(1)).startsWith("The proposal “Bird boxes")
                    .endsWith("has enough supports and is ready for the planners");
            _click(bell.entries().get(1).button);
            assertThat(currentPath()).isEqualTo("proposals/" + proposal);
            _get(NotificationBell.class).open();
            _click(_get(NotificationBell.class).entries().get(0).button);
            assertThat(currentPath()).isEqualTo("plans/" + plan);
        } finally {
            login("planner");
            context.getBean(ProposalService.class).updateRules(changhong, rules.supportThreshold(),
                    rules.openDays());
        }
    }
}
