package org.cohesion.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.cohesion.KaribuTest;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.OutsidePlanner;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.cohesion.people.CommunityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Milestones, photos and status updates: dates, progress, phase check, access, lazy updates. */
class ImplementationServiceTest extends KaribuTest {

    static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    ImplementationService implementation;
    long planId;

    @BeforeEach
    void planInImplementation() {
        implementation = context.getBean(ImplementationService.class);
        login("planner");
        planId = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
        PhaseFixture.moveTo(planId, PlanPhase.IMPLEMENTATION);
    }

    @Test
    void plannersKeepMilestonesResidentsReadThem() {
        MilestoneView m = implementation.addMilestone(planId, new MilestoneDraft("  Clear the site  ", MAY, null, 0,
                MilestoneStatus.PLANNED));
        assertThat(m.title()).isEqualTo("Clear the site");
        MilestoneView done = implementation.updateMilestone(m.id(), m.version(), new MilestoneDraft("Clear the site",
                MAY, MAY.plusDays(3), 100, MilestoneStatus.DONE));
        assertThat(done.actualDate()).isEqualTo(MAY.plusDays(3));
        assertThat(done.progress()).isEqualTo(100);
        implementation.addMilestone(planId, new MilestoneDraft("Benches", MAY.minusDays(10), null, 40,
                MilestoneStatus.IN_PROGRESS));
        login("wangfang");
        assertThat(implementation.milestones(planId)).extracting(MilestoneView::title)
                .containsExactly("Benches", "Clear the site");
        assertThatThrownBy(() -> implementation.addMilestone(planId, new MilestoneDraft("forged", MAY, null, 0,
                MilestoneStatus.PLANNED))).isInstanceOf(AccessDeniedException.class);
        login(OutsidePlanner.ensure(context));
        assertThatThrownBy(() -> implementation.milestones(planId)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> implementation.updateMilestone(m.id(), 0, new MilestoneDraft("x", MAY, null, 0,
                MilestoneStatus.PLANNED))).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void badMilestonesAreRefusedWithClearMessages() {
        assertRefused(() -> implementation.addMilestone(planId, new MilestoneDraft(" ", null, null, null, null)),
                "title", "validation.required");
        for (int bad : new int[] {-1, 101}) {
            assertRefused(() -> implementation.addMilestone(planId, new MilestoneDraft("x", MAY, null, bad,
                    MilestoneStatus.IN_PROGRESS)), "progress", "implementation.error.progress");
        }
        assertRefused(() -> implementation.addMilestone(planId, new MilestoneDraft("x", MAY, null, 100,
                MilestoneStatus.DONE)), "actualDate", "implementation.error.done-needs-date");
        assertRefused(() -> implementation.addMilestone(planId, new MilestoneDraft("x", MAY, MAY, 90,
                MilestoneStatus.DONE)), "progress", "implementation.error.done-needs-100");
        assertRefused(() -> implementation.addMilestone(planId, new MilestoneDraft("x", MAY,
                LocalDate.now().plusDays(30), 10, MilestoneStatus.IN_PROGRESS)), "actualDate",
                "implementation.error.actual-future");
        assertRefused(() -> implementation.addMilestone(planId, new MilestoneDraft("x".repeat(201), MAY, null, 0,
                MilestoneStatus.PLANNED)), "title", "validation.too-long");
        assertThat(implementation.milestones(planId)).isEmpty();
        implementation.addMilestone(planId, new MilestoneDraft("x", MAY, null, 0, MilestoneStatus.PLANNED));
        implementation.addMilestone(planId, new MilestoneDraft("y", MAY, MAY, 100, MilestoneStatus.DONE));
    }

    @Test
    void aStaleMilestoneEditIsRefused() {
        MilestoneView m = implementation.addMilestone(planId, new MilestoneDraft("A", MAY, null, 0,
                MilestoneStatus.PLANNED));
        implementation.updateMilestone(m.id(), m.version(), new MilestoneDraft("B", MAY, null, 10,
                MilestoneStatus.IN_PROGRESS));
        assertRefused(() -> implementation.updateMilestone(m.id(), m.version(), new MilestoneDraft("C", MAY, null,
                20, MilestoneStatus.IN_PROGRESS)), "title", "implementation.error.stale");
        assertThat(implementation.milestones(planId).get(0).title()).isEqualTo("B");
    }

    @Test
    void photosAreCheckedByTheirContent() {
        MilestoneView m = implementation.addMilestone(planId, new MilestoneDraft("A", MAY, null, 0,
                MilestoneStatus.PLANNED));
        PhotoInfo png = implementation.addPhoto(m.id(), TestImages.png(30, 20), "Before");
        PhotoInfo jpeg = implementation.addPhoto(m.id(), TestImages.jpeg(30, 20), null);
        PhotoInfo webp = implementation.addPhoto(m.id(), webp(), " ");
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(webp.contentType()).isEqualTo("image/webp");
        assertThat(webp.caption()).isNull();
        assertRefused(() -> implementation.addPhoto(m.id(), TestImages.text(), null), "file",
                "implementation.photo.not-an-image");
        assertRefused(() -> implementation.addPhoto(m.id(), TestImages.pngSignatureThenZeros(100), null), "file",
                "implementation.photo.not-an-image");
        byte[] big = Arrays.copyOf(TestImages.png(30, 20), 5 * 1024 * 1024 + 1);
        assertRefused(() -> implementation.addPhoto(m.id(), big, null), "file", "implementation.photo.too-large");
        assertThat(implementation.milestones(planId).get(0).photos()).extracting(PhotoInfo::id)
                .containsExactly(png.id(), jpeg.id(), webp.id());
        login("sarah");
        assertThat(implementation.photo(png.id()).bytes()).isEqualTo(TestImages.png(30, 20));
        login("liming");
        assertThatThrownBy(() -> implementation.photo(png.id())).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void statusUpdatesAreListedNewestFirstPageByPage() {
        for (int i = 1; i <= 5; i++) {
            implementation.postUpdate(planId, "Update " + i);
        }
        assertRefused(() -> implementation.postUpdate(planId, "  "), "body", "validation.required");
        assertRefused(() -> implementation.postUpdate(planId, "x".repeat(2_001)), "body", "validation.too-long");
        login("wangfang");
        assertThat(implementation.countUpdates(planId)).isEqualTo(5);
        assertThat(implementation.updates(planId, 0, 2)).extracting(StatusUpdateView::body)
                .containsExactly("Update 5", "Update 4");
        assertThat(implementation.updates(planId, 4, 2)).extracting(StatusUpdateView::body)
                .containsExactly("Update 1");
        assertThatThrownBy(() -> implementation.postUpdate(planId, "forged"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void outsideImplementationNothingCanBeChangedButEverythingCanBeRead() {
        MilestoneView m = implementation.addMilestone(planId, new MilestoneDraft("A", MAY, null, 0,
                MilestoneStatus.PLANNED));
        implementation.postUpdate(planId, "Started");
        PhaseFixture.moveTo(planId, PlanPhase.EVALUATION);
        assertRefused(() -> implementation.addMilestone(planId, new MilestoneDraft("B", MAY, null, 0,
                MilestoneStatus.PLANNED)), "plan", "implementation.error.phase");
        assertRefused(() -> implementation.updateMilestone(m.id(), m.version(), new MilestoneDraft("B", MAY, null, 0,
                MilestoneStatus.PLANNED)), "plan", "implementation.error.phase");
        assertRefused(() -> implementation.addPhoto(m.id(), TestImages.png(10, 10), null), "plan",
                "implementation.error.phase");
        assertRefused(() -> implementation.postUpdate(planId, "Later"), "plan", "implementation.error.phase");
        assertRefused(() -> implementation.deleteMilestone(m.id()), "plan", "implementation.error.phase");
        assertThat(implementation.milestones(planId)).hasSize(1);
        assertThat(implementation.countUpdates(planId)).isEqualTo(1);
    }

    /** A minimal, consistent WebP container (RIFF size matches, a VP8L chunk header). */
    static byte[] webp() {
        byte[] b = new byte[40];
        System.arraycopy("RIFF".getBytes(), 0, b, 0, 4);
        int size = b.length - 8;
        b[4] = (byte) size;
        b[5] = (byte) (size >> 8);
        System.arraycopy("WEBPVP8L".getBytes(), 0, b, 8, 8);
        return b;
    }

    private static void assertRefused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get(field)).extracting(Message::key).isEqualTo(key));
    }
}
