package org.cohesion.implementation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.LocalDate;
import org.cohesion.KaribuTest;
import org.cohesion.implementation.ImplementationService;
import org.cohesion.implementation.MilestoneDraft;
import org.cohesion.implementation.MilestoneStatus;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.cohesion.people.CommunityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The implementation section: planners add milestones and updates; residents follow them. */
class ImplementationSectionTest extends KaribuTest {

    long planId;

    @BeforeEach
    void planInImplementation() {
        login("planner");
        planId = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
    }

    @Test
    void hiddenBeforeImplementation() {
        UI.getCurrent().navigate("plans/" + planId);
        assertThat(_find(ImplementationSection.class)).isEmpty();
    }

    @Test
    void aPlannerAddsAMilestoneAndPostsAnUpdate() {
        PhaseFixture.moveTo(planId, PlanPhase.IMPLEMENTATION);
        ImplementationSection section = open();
        _click(section.addMilestone);
        MilestoneDialog dialog = _get(MilestoneDialog.class);
        _setValue(dialog.title, "Benches");
        _setValue(dialog.progress, 150);
        _click(dialog.save);
        assertThat(dialog.targetDate.isInvalid()).isTrue();
        assertThat(dialog.progress.isInvalid()).isTrue();
        _setValue(dialog.targetDate, LocalDate.of(2026, 6, 1));
        _setValue(dialog.progress, 30);
        _setValue(dialog.status, MilestoneStatus.IN_PROGRESS);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(section.milestones.getElement().getTextRecursively()).contains("Benches").contains("30 % done")
                .contains("In progress");
        assertThat(_get(section.milestones, ProgressBar.class).getValue()).isEqualTo(30);

        assertThat(section.noUpdates.isVisible()).isTrue();
        _setValue(section.update, "Works start on Monday <script>");
        _click(section.post);
        assertThat(section.noUpdates.isVisible()).isFalse();
        assertThat(context.getBean(ImplementationService.class).updates(planId, 0, 5).get(0).body())
                .isEqualTo("Works start on Monday <script>");
    }

    @Test
    void residentsSeeMilestonesWithPhotosButNoControls() {
        PhaseFixture.moveTo(planId, PlanPhase.IMPLEMENTATION);
        ImplementationService implementation = context.getBean(ImplementationService.class);
        var m = implementation.addMilestone(planId, new MilestoneDraft("Trees", LocalDate.of(2026, 4, 1), null, 50,
                MilestoneStatus.IN_PROGRESS));
        var photo = implementation.addPhoto(m.id(), TestImages.png(20, 20), "Planting day");
        login("wangfang");
        ImplementationSection section = open();
        assertThat(section.addMilestone.isVisible()).isFalse();
        assertThat(section.composer.isVisible()).isFalse();
        Image image = _get(section.milestones, Image.class);
        assertThat(image.getSrc()).isEqualTo("implementation/photos/" + photo.id());
        assertThat(image.getAlt()).contains("Planting day");
    }

    private ImplementationSection open() {
        UI.getCurrent().navigate("plans/" + planId);
        return _get(ImplementationSection.class);
    }
}
