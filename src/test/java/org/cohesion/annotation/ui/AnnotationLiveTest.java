package org.cohesion.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.server.VaadinServlet;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import org.cohesion.KaribuSupport;
import org.cohesion.SimulatedUser;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.annotation.Point;
import org.cohesion.discussion.ui.ThreadPanel;
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
import org.springframework.context.ApplicationContext;

/** A planner and a resident with one plan open: pins, answers and deletions show for both without reloading. */
@SpringBootTest
class AnnotationLiveTest {

    @Autowired
    ApplicationContext context;

    private SimulatedUser planner;
    private SimulatedUser resident;
    private long planId;

    @BeforeEach
    void openThePlanTwice() {
        VaadinServlet servlet = KaribuSupport.newServlet(context);
        planner = new SimulatedUser(context, servlet, "planner");
        resident = new SimulatedUser(context, servlet, "wangfang");
        planId = planner.call(() -> {
            long id = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                    context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
            context.getBean(DrawingService.class).upload(id, "Site", TestImages.png(400, 200));
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
    void aPinPlacedByOneAppearsForTheOtherAndSoDoesItsStatus() {
        planner.run(() -> {
            AnnotationPanel panel = panel();
            _click(panel.placePin);
            assertThat(panel.mode()).isEqualTo(AnnotationPanel.Mode.PIN);
            clickStage(panel, 100, 150, 400, 200);
        });
        planner.run(() -> {
            PlaceAnnotationDialog dialog = _get(PlaceAnnotationDialog.class);
            _setValue(dialog.category, AnnotationCategory.CONCERN);
            _setValue(dialog.body, "<b>路口太窄</b> the corner is too narrow");
            _click(dialog.save);
        });
        List<AnnotationInfo> seen = both(resident, planner, () -> panel().shown(), s -> s.size() == 1);
        assertThat(seen).hasSize(1);
        AnnotationInfo pin = seen.get(0);
        assertThat(pin.number()).isEqualTo(1);
        assertThat(pin.category()).isEqualTo(AnnotationCategory.CONCERN);
        assertThat(pin.points()).containsExactly(new Point(0.25, 0.75));
        assertThat(pin.body()).isEqualTo("<b>路口太窄</b> the corner is too narrow");
        assertThat(resident.call(() -> pinNumbers(panel()))).containsExactly(1);
        JsonObject drawn = resident.call(() -> panel().drawn().getObject(0));
        assertThat(drawn.getNumber("x")).isEqualTo(25.0);
        assertThat(drawn.getNumber("y")).isEqualTo(75.0);
        assertThat(drawn.getString("l")).as("the pin's label, for screen readers").contains("1");

        planner.run(() -> {
            AnnotationPanel panel = panel();
            panel.grid.select(panel.shown().get(0));
            _click(panel.setStatus);
        });
        planner.run(() -> {
            AnnotationStatusDialog dialog = _get(AnnotationStatusDialog.class);
            _setValue(dialog.status, AnnotationStatus.DECLINED);
            _click(dialog.save);
            assertThat(dialog.reason.isInvalid()).as("declining needs a reason").isTrue();
            _setValue(dialog.reason, "No room for it");
            _click(dialog.save);
        });
        List<AnnotationInfo> answered = both(resident, planner, () -> panel().shown(),
                s -> s.size() == 1 && s.get(0).status() == AnnotationStatus.DECLINED);
        assertThat(answered.get(0).status()).isEqualTo(AnnotationStatus.DECLINED);
        assertThat(answered.get(0).statusReason()).isEqualTo("No room for it");
        resident.run(() -> {
            AnnotationPanel panel = panel();
            panel.grid.select(panel.shown().get(0));
            AnnotationDetails details = com.github.mvysny.kaributesting.v10.LocatorJ._get(panel, AnnotationDetails.class);
            assertThat(details.answer.getElement().getTextRecursively()).contains("No room for it");
        });
    }

    @Test
    void aResidentDrawsAnAreaAndDeletesItAndThePlannerSeesBoth() {
        resident.run(() -> {
            AnnotationPanel panel = panel();
            _click(panel.drawArea);
            clickStage(panel, 0, 0, 400, 200);
            clickStage(panel, 400, 0, 400, 200);
            assertThat(panel.finishArea.isEnabled()).isFalse();
            clickStage(panel, 200, 200, 400, 200);
            _click(panel.finishArea);
        });
        resident.run(() -> {
            PlaceAnnotationDialog dialog = _get(PlaceAnnotationDialog.class);
            _setValue(dialog.body, "这里可以放长椅");
            _click(dialog.save);
        });
        assertThat(resident.call(() -> panel().shown())).as("the author sees it at once").hasSize(1);
        List<AnnotationInfo> seen = both(planner, resident, () -> panel().shown(), s -> s.size() == 1);
        assertThat(seen.get(0).points()).containsExactly(new Point(0, 0), new Point(1, 0), new Point(0.5, 1));
        assertThat(planner.call(() -> panel().drawn().getObject(0).getString("p"))).as("drawn as an area")
                .isEqualTo("0.0000,0.0000 100.0000,0.0000 50.0000,100.0000");

        resident.run(() -> {
            AnnotationPanel panel = panel();
            panel.grid.select(panel.shown().get(0));
            assertThat(panel.setStatus.isVisible()).as("residents do not answer").isFalse();
            panel.delete(panel.selected().orElseThrow());
        });
        assertThat(both(planner, resident, () -> panel().shown(), List::isEmpty)).isEmpty();
    }

    @Test
    void aReplyReachesTheAuthorWhileSheIsTypingAndKeepsHerDraft() {
        long drawingId = planner.call(() -> context.getBean(DrawingService.class).drawings(planId).get(0).id());
        resident.call(() -> context.getBean(org.cohesion.annotation.AnnotationService.class).placePin(drawingId,
                new Point(0.5, 0.5), AnnotationCategory.IDEA, "A drinking fountain"));
        for (SimulatedUser user : List.of(planner, resident)) {
            user.run(() -> {
                AnnotationPanel panel = panel();
                panel.refresh();
                panel.grid.select(panel.shown().get(0));
            });
        }
        resident.run(() -> _setValue(composer(), "Half-written answer"));
        planner.run(() -> {
            _setValue(composer(), "Good idea, where exactly?");
            ThreadPanel thread = _get(panel(), ThreadPanel.class);
            _click(_get(thread, Button.class, spec -> spec.withText(thread.getTranslation("discussion.post"))));
        });
        List<AnnotationInfo> counted = both(resident, planner, () -> panel().shown(), s -> s.get(0).replies() == 1);
        assertThat(counted.get(0).replies()).as("the reply count follows").isEqualTo(1);
        resident.run(() -> {
            AnnotationPanel panel = panel();
            assertThat(panel.selected()).as("still selected").isPresent();
            assertThat(composer().getValue()).as("nothing typed is lost").isEqualTo("Half-written answer");
        });
    }

    /**
     * Waits (up to 20 s) until the watcher sees what the condition asks for, letting the actor's UI run its
     * pending work too, as a real server does between requests.
     */
    private static <T> T both(SimulatedUser watcher, SimulatedUser actor, java.util.concurrent.Callable<T> query,
                              java.util.function.Predicate<T> condition) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        T answer = watcher.call(query);
        while (!condition.test(answer) && System.nanoTime() < deadline) {
            actor.sync();
            answer = watcher.await(query, condition);
        }
        return answer;
    }

    private static void clickStage(AnnotationPanel panel, double x, double y, double width, double height) {
        JsonObject data = Json.createObject();
        data.put("event.offsetX", x);
        data.put("event.offsetY", y);
        data.put("element.clientWidth", width);
        data.put("element.clientHeight", height);
        ElementUtilsKt._fireDomEvent(panel.layer.getElement(), new DomEvent(panel.layer.getElement(), "click", data));
    }

    private static List<Integer> pinNumbers(AnnotationPanel panel) {
        List<Integer> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < panel.drawn().length(); i++) {
            numbers.add((int) panel.drawn().getObject(i).getNumber("n"));
        }
        return numbers;
    }

    private static TextArea composer() {
        return _get(_get(panel(), ThreadPanel.class), TextArea.class, spec -> spec.withClasses("thread-body"));
    }

    private static AnnotationPanel panel() {
        return _get(AnnotationPanel.class);
    }
}
