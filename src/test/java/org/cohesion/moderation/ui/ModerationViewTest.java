package org.cohesion.moderation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.UUID;
import org.cohesion.KaribuTest;
import org.cohesion.base.ui.AccessDeniedView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.discussion.ui.ThreadPanel;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.FlagReason;
import org.cohesion.moderation.ModerationService;
import org.cohesion.moderation.QueueFilter;
import org.cohesion.moderation.QueueItem;
import org.cohesion.moderation.QueueStatus;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.cohesion.ratelimit.RateLimits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue and audit views: access by role, lazy grid with the demo items, bulk hide with a reason, flagging. */
class ModerationViewTest extends KaribuTest {

    @BeforeEach
    void fullAllowance() {
        context.getBean(RateLimits.class).reset();
    }

    @Test
    void residentIsDeniedTheQueueAndTheAuditLog() {
        login("wangfang");
        UI.getCurrent().navigate("moderation");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        _assertNone(ModerationView.class);
        UI.getCurrent().navigate("moderation/audit");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        _assertNone(AuditView.class);
    }

    @Test
    void moderatorSeesTheDemoItemHiddenAfterThreeFlags() {
        login("moderator");
        UI.getCurrent().navigate("moderation");
        ModerationView view = _get(ModerationView.class);
        view.status.setValue(QueueStatus.HIDDEN);
        List<QueueItem> rows = _fetch(view.grid, 0, 50);
        assertThat(rows).anySatisfy(i -> {
            assertThat(i.excerpt()).contains("138 0013 8000");
            assertThat(i.autoHidden()).isTrue();
            assertThat(i.flagCount()).isEqualTo(3);
        });
        view.detail.show(rows.stream().filter(i -> i.excerpt().contains("138")).findFirst().orElseThrow().id());
        assertThat(view.detail.content.getText()).contains("call Mr. Li");
    }

    @Test
    void bulkHideAsksForAReason() {
        long planId = newPlan();
        long a = commentFlagged(planId, "First 广告");
        long b = commentFlagged(planId, "Second 广告");
        login("moderator");
        UI.getCurrent().navigate("moderation");
        ModerationView view = _get(ModerationView.class);
        view.status.setValue(null);
        view.plan.setItems(List.of(planId));
        view.plan.setValue(planId);
        assertThat(_size(view.grid)).isEqualTo(2);
        _fetch(view.grid, 0, 10).forEach(view.grid::select);
        _click(view.hide);
        HideDialog dialog = _get(HideDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        dialog.reason.setValue("Advertising");
        _click(dialog.confirm);
        ModerationService service = context.getBean(ModerationService.class);
        assertThat(service.count(new QueueFilter(QueueStatus.HIDDEN, null, planId, null))).isEqualTo(2);
        assertThat(List.of(a, b)).hasSize(2);
    }

    @Test
    void aMemberFlagsACommentFromTheThread() {
        long planId = newPlan();
        login("wangfang");
        DiscussionService discussion = context.getBean(DiscussionService.class);
        long thread = discussion.threadFor(planId, SubjectType.GENERAL, null).id();
        discussion.post(thread, null, "Flag me " + UUID.randomUUID());
        login("sarah");
        ThreadPanel panel = new ThreadPanel(discussion, planId, SubjectType.GENERAL, null);
        UI.getCurrent().add(panel);
        Button flag = _get(panel, Button.class, spec -> spec.withText("Flag"));
        _click(flag);
        FlagDialog dialog = _get(FlagDialog.class);
        dialog.reason.setValue(FlagReason.OTHER);
        _click(dialog.submit);
        assertThat(dialog.text.isInvalid()).isTrue();
        dialog.text.setValue("Looks like an advertisement");
        _click(dialog.submit);
        assertThat(flag.getText()).isEqualTo("Flagged");
        assertThat(flag.isEnabled()).isFalse();
    }

    @Test
    void auditLogListsEntriesAndExportsCsv() {
        login("admin");
        UI.getCurrent().navigate("moderation/audit");
        AuditView view = _get(AuditView.class);
        assertThat(_size(view.grid)).isPositive();
        assertThat(view.export.getElement().getAttribute("download")).isNotNull();
    }

    private long newPlan() {
        login("planner");
        long changhong = context.getBean(CommunityService.class).myCommunities().stream()
                .filter(c -> "Changhong Residential District".equals(c.name().en())).findFirst().orElseThrow()
                .communityId();
        long planId = context.getBean(PlanService.class).create(changhong, "Moderation view " + UUID.randomUUID(),
                PlanKind.POCKET_PARK);
        // contributions are open in consultation only
        org.cohesion.plan.PhaseFixture.moveTo(planId, org.cohesion.plan.PlanPhase.CONSULTATION);
        return planId;
    }

    private long commentFlagged(long planId, String text) {
        login("wangfang");
        DiscussionService discussion = context.getBean(DiscussionService.class);
        long thread = discussion.threadFor(planId, SubjectType.GENERAL, null).id();
        long id = discussion.post(thread, null, text).id();
        login("sarah");
        return context.getBean(ModerationService.class).flag(ContentType.COMMENT, id, FlagReason.SPAM, null)
                .itemId();
    }
}
