package org.cohesion.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.KaribuTest;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.people.CommunityService;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.FlagReason;
import org.cohesion.moderation.ModerationService;
import org.cohesion.moderation.QueueFilter;
import org.cohesion.moderation.QueueItem;
import org.cohesion.moderation.QueueStatus;
import org.springframework.security.access.AccessDeniedException;

/** Contributions read through the sources, the overview of known data, and who may build a summary. */
class SynthesisServiceTest extends KaribuTest {

    @Autowired
    SynthesisService synthesis;

    SynthesisFixture f;

    @BeforeEach
    void fixture() throws Exception {
        f = SynthesisFixture.create(context, this::login);
    }

    static Map<String, Long> counts(List<Tally> tallies) {
        Map<String, Long> map = new LinkedHashMap<>();
        tallies.forEach(t -> map.put(t.key(), t.contributions()));
        return map;
    }

    @Test
    void sourcesReportEveryContributionWithAuthorGroupSupportAndPlace() {
        List<Contribution> all = synthesis.contributions(f.planId);
        assertThat(all).extracting(Contribution::id).containsExactly("annotation:" + f.pin.id(),
                "annotation:" + f.remark.id(), "annotation:" + f.area.id(), "comment:" + f.general.id(),
                "comment:" + f.reply.id(), "comment:" + f.adminComment.id());
        Contribution pin = all.get(0);
        assertThat(pin.kind()).isEqualTo(ContributionKind.PIN);
        assertThat(pin.category()).isEqualTo(ContributionCategory.IDEA);
        assertThat(pin.status()).isEqualTo(ContributionStatus.OPEN);
        assertThat(pin.authorName()).isEqualTo("王芳 Wang Fang");
        assertThat(pin.group()).isEqualTo(StakeholderGroup.RESIDENT);
        assertThat(pin.support()).as("the planner replied in its thread").isEqualTo(1);
        assertThat(pin.x()).isEqualTo(0.1);
        assertThat(pin.drawingId()).isEqualTo(f.drawingId);
        assertThat(pin.link()).isEqualTo("plans/" + f.planId + "?annotation=" + f.pin.id());
        Contribution remark = all.get(1);
        assertThat(remark.kind()).isEqualTo(ContributionKind.REMARK);
        assertThat(remark.section()).isEqualTo(PlanField.GOALS);
        assertThat(remark.quote()).isEqualTo("让老人");
        assertThat(remark.fullText()).isEqualTo("让老人\nWhat about shade? 树荫呢？");
        Contribution area = all.get(2);
        assertThat(area.x()).isCloseTo(0.8333, org.assertj.core.data.Offset.offset(0.001));
        assertThat(area.group()).isEqualTo(StakeholderGroup.SOCIAL_ORGANISATION);
        Contribution general = all.get(3);
        assertThat(general.support()).isEqualTo(1);
        assertThat(general.subject()).isNull();
        assertThat(general.link()).isEqualTo("plans/" + f.planId);
        assertThat(all.get(4).subject()).isEqualTo("annotation:" + f.pin.id());
        assertThat(all.get(4).group()).isEqualTo(StakeholderGroup.COMMUNITY_WORKER);
        assertThat(all.get(5).group()).as("the admin is no member").isNull();
    }

    @Test
    void overviewOfKnownData() {
        Overview o = synthesis.overview(f.planId);
        assertThat(o.total()).isEqualTo(6);
        assertThat(o.people()).isEqualTo(4);
        assertThat(counts(o.byCategory())).containsExactly(Map.entry("IDEA", 1L), Map.entry("CONCERN", 1L),
                Map.entry("QUESTION", 1L), Map.entry("SUPPORT", 0L), Map.entry("COMMENT", 3L));
        assertThat(counts(o.bySection())).containsExactly(Map.entry("SUMMARY", 0L), Map.entry("GOALS", 1L),
                Map.entry("DESIGN_PROPOSAL", 0L), Map.entry("DRAWINGS", 3L), Map.entry("GENERAL", 2L));
        assertThat(o.byRegion()).hasSize(1);
        assertThat(counts(o.byRegion().get(0).regions())).containsEntry("NORTH_WEST", 2L)
                .containsEntry("SOUTH_EAST", 1L).containsEntry("CENTRE", 0L);
        assertThat(counts(o.byGroup())).containsEntry("RESIDENT", 2L).containsEntry("SOCIAL_ORGANISATION", 2L)
                .containsEntry("COMMUNITY_WORKER", 1L).containsEntry("NONE", 1L);
        assertThat(o.mostSupported()).extracting(Contribution::id).containsExactly("annotation:" + f.pin.id());
        assertThat(o.unresolved()).extracting(Contribution::id)
                .containsExactlyInAnyOrder("annotation:" + f.remark.id(), "annotation:" + f.area.id());
    }

    @Test
    void deletedAnnotationsAreLeftOut() {
        login("wangfang");
        context.getBean(AnnotationService.class).delete(f.pin.id());
        login("planner");
        assertThat(synthesis.contributions(f.planId)).extracting(Contribution::id)
                .doesNotContain("annotation:" + f.pin.id());
    }

    @Test
    void contributionsHiddenByModeratorsAreLeftOut() {
        login("sarah");
        ModerationService moderation = context.getBean(ModerationService.class);
        moderation.flag(ContentType.ANNOTATION, f.pin.id(), FlagReason.SPAM, null);
        login("moderator");
        QueueItem flagged = moderation.queue(new QueueFilter(QueueStatus.PENDING, null, f.planId, null), 0, 10)
                .stream().filter(i -> i.contentId() == f.pin.id()).findFirst().orElseThrow();
        moderation.hide(List.of(flagged.id()), "Advertising");
        login("planner");
        assertThat(synthesis.contributions(f.planId)).extracting(Contribution::id)
                .doesNotContain("annotation:" + f.pin.id()).contains("annotation:" + f.area.id());
        assertThat(synthesis.overview(f.planId).total()).isEqualTo(5);
    }

    @Test
    void moderatorsWhoAreMembersBuildResidentsAndOutsidersAreRefused() {
        login("moderator");
        assertThat(synthesis.overview(f.planId).total()).isEqualTo(6);
        assertThat(synthesis.access(f.planId).canBuild()).isTrue();
        login("wangfang");
        assertThat(synthesis.access(f.planId).canBuild()).isFalse();
        assertThatThrownBy(() -> synthesis.overview(f.planId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> synthesis.contributions(f.planId)).isInstanceOf(AccessDeniedException.class);
        login("liming");
        assertThatThrownBy(() -> synthesis.access(f.planId)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> synthesis.overview(f.planId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void moderatorOfAnotherCommunityIsRefused() {
        login("planner");
        long yuyuan = context.getBean(CommunityService.class).myCommunities().stream()
                .filter(c -> c.name().en().startsWith("Yuyuan")).findFirst().orElseThrow().communityId();
        long plan = context.getBean(PlanService.class).create(yuyuan, "Yuyuan synthesis", PlanKind.POCKET_PARK);
        login("moderator");
        assertThatThrownBy(() -> synthesis.overview(plan)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void themesOfThePlanListTheirContributions() {
        login("wangfang");
        context.getBean(AnnotationService.class).placePin(f.drawingId, new org.cohesion.annotation.Point(0.2, 0.2),
                org.cohesion.annotation.AnnotationCategory.IDEA, "More benches near the tree, 大树下要有长椅");
        login("planner");
        List<Theme> themes = synthesis.themes(f.planId);
        Theme bench = themes.stream().filter(t -> t.term().equals("bench")).findFirst().orElseThrow();
        assertThat(bench.contributions()).hasSize(2).allMatch(c -> c.kind() == ContributionKind.PIN);
        login("wangfang");
        assertThatThrownBy(() -> synthesis.themes(f.planId)).isInstanceOf(AccessDeniedException.class);
    }
}
