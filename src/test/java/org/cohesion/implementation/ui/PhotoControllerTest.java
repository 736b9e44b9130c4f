package org.cohesion.implementation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cohesion.KaribuTest;
import org.cohesion.implementation.ImplementationService;
import org.cohesion.implementation.MilestoneDraft;
import org.cohesion.implementation.MilestoneStatus;
import org.cohesion.implementation.PhotoInfo;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Milestone photos are served to members of the plan's community only. */
class PhotoControllerTest extends KaribuTest {

    @Test
    void membersGetThePhotoOthersNotFound() {
        login("planner");
        long planId = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
        PhaseFixture.moveTo(planId, PlanPhase.IMPLEMENTATION);
        ImplementationService implementation = context.getBean(ImplementationService.class);
        long milestone = implementation.addMilestone(planId, new MilestoneDraft("A", LocalDate.of(2026, 1, 1), null,
                0, MilestoneStatus.PLANNED)).id();
        PhotoInfo photo = implementation.addPhoto(milestone, TestImages.jpeg(20, 10), null);
        PhotoController controller = context.getBean(PhotoController.class);

        login("wangfang");
        var ok = controller.photo(String.valueOf(photo.id()));
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getHeaders().getContentType().toString()).isEqualTo("image/jpeg");
        assertThat(ok.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(ok.getBody()).isEqualTo(TestImages.jpeg(20, 10));
        assertThat(controller.photo("0").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(controller.photo("../1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        login("liming");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> controller.photo(String.valueOf(photo.id())))
                .isInstanceOf(org.cohesion.base.ObjectNotFoundException.class);
        assertThat(controller.notVisible().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
