package org.cohesion.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cohesion.KaribuTest;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.people.CommunityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The phase gates: who moves a plan, with which note, in which direction, and what is recorded. */
class PlanPhaseServiceTest extends KaribuTest {

    @Autowired
    PlanService plans;
    @Autowired
    PlanPhaseService phases;
    @Autowired
    CommunityService communities;
    @Autowired
    PhaseEventsRecorder recorded;

    long planId;

    @BeforeEach
    void plan() {
        login("planner");
        planId = plans.create(changhong(), "Phases " + System.nanoTime(), PlanKind.POCKET_PARK);
    }

    @Test
    void aPlannerMovesAPlanOneStepForwardWithANoteAndTheMoveIsRecorded() {
        recorded.events.clear();
        PhaseMove move = phases.move(planId, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, "  Open for comments  ");
        assertThat(move.from()).isEqualTo(PlanPhase.PROPOSAL);
        assertThat(move.to()).isEqualTo(PlanPhase.CONSULTATION);
        assertThat(move.note()).isEqualTo("Open for comments");
        assertThat(move.byName()).contains("Chen Jing");
        assertThat(plans.permissions(planId).phase()).isEqualTo(PlanPhase.CONSULTATION);
        assertThat(plans.open(planId).value(PlanField.PHASE)).isEqualTo("CONSULTATION");
        assertThat(recorded.events).containsExactly(new PlanPhaseChanged(planId, changhong(), PlanPhase.PROPOSAL,
                PlanPhase.CONSULTATION, "Open for comments", move.byUserId()));
        login("sarah");
        assertThat(phases.moves(planId)).extracting(PhaseMove::to, PhaseMove::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlanPhase.CONSULTATION, "Open for comments"));
    }

    @Test
    void everyMoveNeedsANoteAndIsAllowedWithOneUnlessItLeavesDecisionWithoutARecord() {
        List<String> done = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (PlanPhase from : PlanPhase.values()) {
            for (PlanPhase to : PlanPhase.values()) {
                long id = planAt(from);
                if (to == from) {
                    assertRefused(() -> phases.move(id, from, to, "note"), "to", "phase.error.same");
                    continue;
                }
                assertRefused(() -> phases.move(id, from, to, null), "note", "validation.required");
                assertRefused(() -> phases.move(id, from, to, "   "), "note", "validation.required");
                assertThat(plans.permissions(id).phase()).isEqualTo(from);
                if (PhaseFixture.needsDecision(from, to)) {
                    assertRefused(() -> phases.move(id, from, to, "no decision yet"), "to", "decision.error.required");
                    assertThat(plans.permissions(id).phase()).isEqualTo(from);
                    if (from != PlanPhase.DECISION) {
                        refused.add(from + "→" + to);
                        continue;
                    }
                    PhaseFixture.recordDecision(id);
                }
                PhaseMove move = phases.move(id, from, to, "Because " + from + " → " + to);
                assertThat(plans.permissions(id).phase()).as(from + "→" + to).isEqualTo(to);
                assertThat(move.backward()).isEqualTo(to.ordinal() < from.ordinal());
                assertThat(move.skipped()).isEqualTo(to.ordinal() > from.ordinal() + 1);
                done.add(from + "→" + to);
            }
        }
        assertThat(done).hasSize(26);
        assertThat(refused).containsExactlyInAnyOrder("PROPOSAL→IMPLEMENTATION", "PROPOSAL→EVALUATION",
                "CONSULTATION→IMPLEMENTATION", "CONSULTATION→EVALUATION");
    }

    @Test
    void anOverlongNoteOrNoTargetIsRefusedAndChangesNothing() {
        assertRefused(() -> phases.move(planId, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, "x".repeat(1_001)),
                "note", "validation.too-long");
        assertRefused(() -> phases.move(planId, PlanPhase.PROPOSAL, null, "note"), "to", "validation.required");
        assertThat(plans.permissions(planId).phase()).isEqualTo(PlanPhase.PROPOSAL);
        assertThat(phases.moves(planId)).isEmpty();
        phases.move(planId, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, "x".repeat(1_000));
    }

    @Test
    void aMoveFromAPhaseThePlanLeftMeanwhileIsRefusedAsStale() {
        phases.move(planId, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, "first tab");
        assertRefused(() -> phases.move(planId, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, "second tab"),
                "to", "phase.error.stale");
        assertThat(phases.moves(planId)).hasSize(1);
    }

    @Test
    void residentsModeratorsAndPlannersOfOtherCommunitiesCannotMoveAPlan() {
        login("sarah");
        assertThatThrownBy(() -> phases.move(planId, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, "forged"))
                .isInstanceOf(AccessDeniedException.class);
        login("moderator");
        assertThatThrownBy(() -> phases.move(planId, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, "forged"))
                .isInstanceOf(AccessDeniedException.class);
        login(OutsidePlanner.ensure(context));
        assertThatThrownBy(() -> phases.move(planId, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, "forged"))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> phases.moves(planId)).isInstanceOf(ObjectNotFoundException.class);
        login("liming");
        assertThatThrownBy(() -> phases.moves(planId)).isInstanceOf(ObjectNotFoundException.class);
        login("planner");
        assertThat(plans.permissions(planId).phase()).isEqualTo(PlanPhase.PROPOSAL);
        assertThat(phases.moves(planId)).isEmpty();
    }

    @Test
    void thePhaseIsNotAFieldOneSavesNorRestores() {
        assertRefused(() -> plans.saveField(planId, PlanField.PHASE, "CLOSED"), "phase", "phase.error.use-move");
        long wangfang = login("wangfang").id();
        login("planner");
        plans.addEditor(planId, wangfang);
        login("wangfang");
        plans.saveField(planId, PlanField.SUMMARY, "by Wang Fang");
        login("planner");
        phases.move(planId, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, "open");
        context.getBean(PlanHistoryService.class).restore(planId, 1);
        assertThat(plans.open(planId).value(PlanField.SUMMARY)).isNull();
        assertThat(plans.permissions(planId).phase()).isEqualTo(PlanPhase.CONSULTATION);
    }

    /** A new Changhong plan walked forward to the phase (recording a decision on the way where needed). */
    private long planAt(PlanPhase phase) {
        long id = plans.create(changhong(), "Matrix " + System.nanoTime(), PlanKind.OTHER);
        PlanPhase at = PlanPhase.PROPOSAL;
        while (at != phase) {
            PlanPhase next = at.next();
            if (PhaseFixture.needsDecision(at, next)) {
                PhaseFixture.recordDecision(id);
            }
            phases.move(id, at, next, "walk");
            at = next;
        }
        return id;
    }

    private long changhong() {
        return communities.myCommunities().stream().filter(c -> "Changhong Residential District".equals(c.name().en()))
                .findFirst().orElseThrow().communityId();
    }

    static void assertRefused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get(field)).extracting(Message::key).isEqualTo(key));
    }
}
