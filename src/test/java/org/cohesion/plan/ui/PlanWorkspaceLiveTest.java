package org.cohesion.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import java.util.UUID;
import com.vaadin.flow.server.VaadinServlet;
import org.cohesion.KaribuSupport;
import org.cohesion.SimulatedUser;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Two people on one plan, each in their own thread and Vaadin session, sharing the plan's live topic. */
@SpringBootTest
class PlanWorkspaceLiveTest {

    @Autowired
    ApplicationContext context;

    private VaadinServlet servlet;
    private SimulatedUser planner;
    private SimulatedUser resident;
    private long planId;

    @BeforeEach
    void openThePlanTwice() {
        servlet = KaribuSupport.newServlet(context);
        planner = new SimulatedUser(context, servlet, "planner");
        resident = new SimulatedUser(context, servlet, "wangfang");
        planId = planner.call(() -> {
            PlanService plans = context.getBean(PlanService.class);
            long changhong = context.getBean(CommunityService.class).myCommunities().stream()
                    .filter(c -> "Changhong Residential District".equals(c.name().en())).findFirst().orElseThrow()
                    .communityId();
            long id = plans.create(changhong, "Live test " + UUID.randomUUID(), PlanKind.POCKET_PARK);
            long wangfang = context.getBean(org.cohesion.people.internal.UserRepository.class)
                    .findByUsername("wangfang").orElseThrow().getId();
            plans.addEditor(id, wangfang);
            return id;
        });
        planner.run(() -> UI.getCurrent().navigate("plans/" + planId));
        resident.run(() -> UI.getCurrent().navigate("plans/" + planId));
    }

    @AfterEach
    void close() {
        planner.close();
        resident.close();
    }

    @Test
    void othersSeeACommittedValueWithoutReloadingAndItIsSaved() {
        planner.run(() -> _setValue(view().fields.title, "长虹口袋公园 · 第二稿"));
        assertThat(resident.await(() -> view().fields.title.getValue(), "长虹口袋公园 · 第二稿"::equals, planner))
                .isEqualTo("长虹口袋公园 · 第二稿");
        assertThat(stored(PlanField.TITLE)).isEqualTo("长虹口袋公园 · 第二稿");
    }

    @Test
    void everyoneSeesWhoIsPresent() {
        List<String> names = resident.await(() -> _get(AvatarGroup.class).getItems().stream()
                .map(AvatarGroup.AvatarGroupItem::getName).toList(), n -> n.size() >= 2, planner);
        assertThat(names).contains("陈静 Chen Jing", "王芳 Wang Fang");
    }

    @Test
    void someoneWithReducedPresenceIsNotShownToOthers() {
        try (SimulatedUser hidden = new SimulatedUser(context, servlet, "sarah")) {
            hidden.run(() -> context.getBean(org.cohesion.people.AccountService.class).changeMyReducedPresence(true));
            try {
                hidden.run(() -> UI.getCurrent().navigate("plans/" + planId));
                List<String> seenByHidden = hidden.await(() -> _get(AvatarGroup.class).getItems().stream()
                        .map(AvatarGroup.AvatarGroupItem::getName).toList(), n -> n.size() >= 2,
                        planner, resident);
                assertThat(seenByHidden).contains("陈静 Chen Jing", "王芳 Wang Fang").doesNotContain("Sarah Miller");
                List<String> seenByResident = resident.call(() -> _get(AvatarGroup.class).getItems().stream()
                        .map(AvatarGroup.AvatarGroupItem::getName).toList());
                assertThat(seenByResident).doesNotContain("Sarah Miller", "A participant");
            } finally {
                hidden.run(() -> context.getBean(org.cohesion.people.AccountService.class)
                        .changeMyReducedPresence(false));
            }
        }
    }

    @Test
    void othersSeeWhoIsInWhichField() {
        java.util.List<String> highlighted = new java.util.concurrent.CopyOnWriteArrayList<>();
        resident.run(() -> new com.vaadin.collaborationengine.FormManager(view(),
                new com.vaadin.collaborationengine.UserInfo("observer"),
                org.cohesion.collab.PlanTopics.fields(planId, 0)).setHighlightHandler(context -> {
                    highlighted.add(context.getUser().getName() + "@" + context.getPropertyName());
                    return () -> { };
                }));
        for (int attempt = 0; attempt < 10 && !highlighted.contains("陈静 Chen Jing@summary"); attempt++) {
            planner.run(() -> {
                JsonObject data = Json.createObject();
                JsonObject detail = Json.createObject();
                detail.put("fieldIndex", 0);
                data.put("event.detail", detail);
                ElementUtilsKt._fireDomEvent(view().fields.summary.getElement(),
                        new DomEvent(view().fields.summary.getElement(), "vaadin-highlight-show", data));
            });
            resident.await(() -> List.copyOf(highlighted), h -> h.contains("陈静 Chen Jing@summary"), planner);
        }
        assertThat(highlighted).contains("陈静 Chen Jing@summary");
    }

    @Test
    void concurrentEditsOfDifferentFieldsBothSurvive() {
        planner.run(() -> _setValue(view().fields.summary, "Shade and seats for everyone."));
        resident.run(() -> _setValue(view().fields.goals, "孩子们的游戏角"));
        assertThat(stored(PlanField.SUMMARY)).isEqualTo("Shade and seats for everyone.");
        assertThat(stored(PlanField.GOALS)).isEqualTo("孩子们的游戏角");
        assertThat(planner.await(() -> view().fields.goals.getValue(), "孩子们的游戏角"::equals, resident))
                .isEqualTo("孩子们的游戏角");
        assertThat(resident.await(() -> view().fields.summary.getValue(),
                "Shade and seats for everyone."::equals, planner))
                .isEqualTo("Shade and seats for everyone.");
    }

    @Test
    void laterValueOfTheSameFieldWinsAndTheEarlierStaysInHistory() {
        planner.run(() -> _setValue(view().fields.location, "Between blocks 12 and 14"));
        resident.run(() -> _setValue(view().fields.location, "12 号楼与 14 号楼之间"));
        assertThat(planner.await(() -> view().fields.location.getValue(), "12 号楼与 14 号楼之间"::equals, resident))
                .isEqualTo("12 号楼与 14 号楼之间");
        assertThat(stored(PlanField.LOCATION)).isEqualTo("12 号楼与 14 号楼之间");
        var changes = context.getBean(org.cohesion.plan.internal.PlanChangeRepository.class)
                .findByPlanIdOrderByIdAsc(planId).stream()
                .filter(c -> c.getField() == PlanField.LOCATION).map(c -> c.getNewValue()).toList();
        assertThat(changes).containsExactly("Between blocks 12 and 14", "12 号楼与 14 号楼之间");
    }

    @Test
    void tooLongTitleIsRefusedAtTheFieldAndNotSaved() {
        String before = stored(PlanField.TITLE);
        planner.run(() -> view().fields.title.setMaxLength(10_000));
        planner.run(() -> _setValue(view().fields.title, "x".repeat(201)));
        assertThat(planner.call(() -> view().fields.title.isInvalid())).isTrue();
        assertThat(stored(PlanField.TITLE)).isEqualTo(before);
    }

    @Test
    void afterARestartTheFirstVisitorGetsThePlanBackFromTheDatabase() {
        planner.run(() -> _setValue(view().fields.summary, "Saved before the restart."));
        try (SimulatedUser afterRestart = new SimulatedUser(context, KaribuSupport.newServlet(context), "sarah")) {
            afterRestart.run(() -> KaribuSupport.login(context, "planner"));
            afterRestart.run(() -> UI.getCurrent().navigate("plans/" + planId));
            assertThat(afterRestart.call(() -> view().fields.summary.getValue())).isEqualTo("Saved before the restart.");
            assertThat(afterRestart.call(() -> _get(AvatarGroup.class).getItems().size())).isEqualTo(1);
        }
    }

    private String stored(PlanField field) {
        return planner.call(() -> context.getBean(PlanService.class).open(planId).value(field));
    }

    private static PlanWorkspaceView view() {
        return _get(PlanWorkspaceView.class);
    }
}
