package org.cohesion.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.KaribuTest;
import org.cohesion.discussion.Comment;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.DiscussionTestSupport;
import org.cohesion.discussion.internal.CommentRateLimiter;
import org.cohesion.discussion.internal.CommentRepository;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The thread panel for one person: paging, plain text, errors at the field, own-comment actions. */
class ThreadPanelTest extends KaribuTest {

    long planId;
    long plannerId;

    @BeforeEach
    void planWithGeneralThread() {
        context.getBean(CommentRateLimiter.class).reset();
        plannerId = login("planner").id();
        planId = DiscussionTestSupport.newChanghongPlan(context);
    }

    private ThreadPanel open() {
        PlanDiscussionSection section = new PlanDiscussionSection(context.getBean(DiscussionService.class), planId);
        UI.getCurrent().add(section);
        return section.thread();
    }

    @Test
    void showsTheNewestFiftyAndLoadsEarlierOnesOnRequest() {
        long threadId = context.getBean(DiscussionService.class).threadFor(planId,
                org.cohesion.discussion.SubjectType.GENERAL, null).id();
        List<Comment> many = new ArrayList<>();
        Instant t = Instant.parse("2026-05-01T08:00:00Z");
        for (int i = 1; i <= 120; i++) {
            many.add(new Comment(threadId, null, plannerId, "Comment " + i, t.plusSeconds(i)));
        }
        context.getBean(CommentRepository.class).saveAll(many);

        ThreadPanel panel = open();
        assertThat(bodies(panel)).hasSize(50).first().isEqualTo("Comment 71");
        assertThat(bodies(panel)).last().isEqualTo("Comment 120");
        assertThat(panel.loadEarlier.isVisible()).isTrue();
        _click(panel.loadEarlier);
        assertThat(bodies(panel)).hasSize(100).first().isEqualTo("Comment 21");
        _click(panel.loadEarlier);
        assertThat(bodies(panel)).hasSize(120).first().isEqualTo("Comment 1");
        assertThat(panel.loadEarlier.isVisible()).isFalse();
    }

    @Test
    void htmlIsShownAsTextWithItsLineBreaks() {
        ThreadPanel panel = open();
        assertThat(panel.empty.isVisible()).isTrue();
        String html = "<img src=x onerror=alert(1)>\nsecond line";
        _setValue(panel.body, html);
        _click(panel.post);
        CommentItem item = items(panel).get(0);
        assertThat(item.body.getText()).isEqualTo(html);
        assertThat(item.body.getElement().getChildCount()).isOne();
        assertThat(item.body.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(panel.body.getValue()).isEmpty();
        assertThat(panel.empty.isVisible()).isFalse();
        assertThat(item.edit.isVisible()).isTrue();
        assertThat(item.support.isVisible()).isFalse();
    }

    @Test
    void anEmptyCommentIsRefusedAtTheField() {
        ThreadPanel panel = open();
        _setValue(panel.body, "   ");
        _click(panel.post);
        assertThat(panel.body.isInvalid()).isTrue();
        assertThat(panel.body.getErrorMessage()).isEqualTo("Write a comment first.");
        assertThat(items(panel)).isEmpty();
    }

    @Test
    void ownCommentCanBeEditedAndDeleted() {
        ThreadPanel panel = open();
        _setValue(panel.body, "Benches under the trees");
        _click(panel.post);
        CommentItem item = items(panel).get(0);
        _click(item.edit);
        _setValue(item.editBody, "Benches with backs under the trees");
        _click(item.save);
        assertThat(item.body.getText()).isEqualTo("Benches with backs under the trees");
        assertThat(item.edited.isVisible()).isTrue();
        panel.delete(item.comment());
        assertThat(item.body.getText()).isEqualTo("This comment was deleted.");
        assertThat(item.edit.isVisible()).isFalse();
        assertThat(item.delete.isVisible()).isFalse();
    }

    @Test
    void supportToggleIsPressedOnceAndCanBeWithdrawn() {
        ThreadPanel planners = open();
        _setValue(planners.body, "Shade for the slide?");
        _click(planners.post);
        UI.getCurrent().removeAll();
        login("wangfang");
        ThreadPanel panel = open();
        CommentItem item = items(panel).get(0);
        assertThat(item.support.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        _click(item.support);
        assertThat(item.support.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(item.support.getText()).isEqualTo("Support (1)");
        _click(item.support);
        assertThat(item.support.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(item.support.getText()).isEqualTo("Support (0)");
    }

    @Test
    void aClosedPlansThreadIsReadOnly() {
        PhaseFixture.moveTo(planId, PlanPhase.CLOSED);
        ThreadPanel panel = open();
        assertThat(panel.composer.isVisible()).isFalse();
        assertThat(panel.closed.isVisible()).isTrue();
        assertThat(_get(PlanDiscussionSection.class)).isNotNull();
    }

    static List<CommentItem> items(ThreadPanel panel) {
        return panel.list.getChildren().map(CommentItem.class::cast).toList();
    }

    static List<String> bodies(ThreadPanel panel) {
        return items(panel).stream().map(i -> i.body.getText()).toList();
    }
}
