package org.cohesion.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServlet;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cohesion.KaribuSupport;
import org.cohesion.SimulatedUser;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.PlacedRemark;
import org.cohesion.discussion.ui.ThreadPanel;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A resident remarks on a passage of the plan's goals; the planner sees the highlight live, and both find the
 * remark in the list beside the drawing. When the planner rewrites the passage away, the resident sees the
 * remark move to "passages that are gone" with its original quote.
 */
@SpringBootTest
class RemarkLiveTest {

    static final String GOALS = "Keep the old camphor tree.\nAdd benches in the shade.\n保留老樟树。";

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
            PlanService plans = context.getBean(PlanService.class);
            long id = DrawingTestSupport.newPlan(plans, context.getBean(CommunityService.class),
                    DrawingTestSupport.CHANGHONG);
            plans.saveField(id, PlanField.GOALS, GOALS);
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
    void aRemarkIsHighlightedForEveryoneListedAndOutdatedWhenItsPassageGoes() {
        String passage = "保留老樟树。";
        int start = GOALS.indexOf(passage);
        resident.run(() -> {
            RemarkedTextsPanel panel = _get(RemarkedTextsPanel.class);
            assertThat(text(panel, PlanField.GOALS)).as("the text as written, nothing lost or added")
                    .isEqualTo(GOALS);
            JsonObject selection = Json.createObject();
            selection.put("field", "GOALS");
            selection.put("start", start);
            selection.put("end", start + passage.length());
            selection.put("quote", passage);
            panel.selected(selection);
        });
        resident.run(() -> {
            PlaceAnnotationDialog dialog = _get(PlaceAnnotationDialog.class);
            _setValue(dialog.category, AnnotationCategory.SUPPORT);
            _setValue(dialog.body, "<img src=x onerror=alert(1)> 同意");
            _click(dialog.save);
        });
        Map<String, String> marks = planner.await(() -> marks(_get(RemarkedTextsPanel.class)), m -> m.size() == 1);
        assertThat(marks).containsEntry("1", passage);
        assertThat(resident.call(() -> marks(_get(RemarkedTextsPanel.class)))).containsEntry("1", passage);

        planner.run(() -> {
            RemarkedTextsPanel texts = _get(RemarkedTextsPanel.class);
            Element mark = marks(texts.texts.getElement()).findFirst().orElseThrow();
            ElementUtilsKt._fireDomEvent(mark, new DomEvent(mark, "click", Json.createObject()));
            AnnotationPanel list = _get(AnnotationPanel.class);
            assertThat(list.scopeFilter.getValue()).isEqualTo(AnnotationPanel.Scope.REMARKS);
            AnnotationInfo selected = list.selected().orElseThrow();
            assertThat(selected.quote()).isEqualTo(passage);
            assertThat(selected.body()).isEqualTo("<img src=x onerror=alert(1)> 同意");
            assertThat(list.rowText(selected)).contains(passage).contains("同意");
            assertThat(_find(list, ThreadPanel.class)).as("the remark's thread opens").hasSize(1);
            AnnotationDetails details = _get(list, AnnotationDetails.class);
            assertThat(details.body.getText()).as("the first comment in full, as text")
                    .isEqualTo("<img src=x onerror=alert(1)> 同意");
        });

        planner.run(() -> {
            TextArea goals = _find(TextArea.class).stream()
                    .filter(t -> "goals".equals(t.getElement().getAttribute("data-field"))).findFirst().orElseThrow();
            _setValue(goals, "Keep the old camphor tree.\nAdd benches in the shade.");
        });
        List<PlacedRemark> gone = resident.await(() -> _get(RemarkedTextsPanel.class).shown(),
                s -> s.size() == 1 && !s.get(0).isPlaced());
        assertThat(gone.get(0).remark().quote()).isEqualTo(passage);
        resident.run(() -> {
            RemarkedTextsPanel panel = _get(RemarkedTextsPanel.class);
            assertThat(marks(panel)).isEmpty();
            assertThat(panel.outdated.getElement().getTextRecursively()).contains(passage);
        });
    }

    @Test
    void aLinkToARemarkOpensTheWorkspaceWithItSelected() {
        String passage = "Add benches in the shade.";
        int start = GOALS.indexOf(passage);
        long remarkId = planner.call(() -> context.getBean(AnnotationService.class).remark(planId, PlanField.GOALS,
                start, start + passage.length(), passage, AnnotationCategory.QUESTION, "Which shade?").id());
        resident.run(() -> UI.getCurrent().navigate("plans/" + planId,
                QueryParameters.of("annotation", String.valueOf(remarkId))));
        AnnotationInfo selected = resident.await(() -> _get(AnnotationPanel.class).selected().orElse(null),
                s -> s != null);
        assertThat(selected.id()).isEqualTo(remarkId);
        assertThat(resident.call(() -> _get(AnnotationPanel.class).scopeFilter.getValue()))
                .isEqualTo(AnnotationPanel.Scope.REMARKS);
    }

    @Test
    void withoutASelectionTheReaderIsToldToSelectFirst() {
        resident.run(() -> {
            RemarkedTextsPanel panel = _get(RemarkedTextsPanel.class);
            panel.selected(Json.createNull());
            NotificationsKt.expectNotifications(panel.getTranslation("remark.select-first"));
            JsonObject forged = Json.createObject();
            forged.put("field", "GOALS");
            forged.put("start", "not a number");
            panel.selected(forged);
            NotificationsKt.expectNotifications(panel.getTranslation("remark.select-first"));
            assertThat(_find(PlaceAnnotationDialog.class)).isEmpty();
        });
    }

    private static String text(RemarkedTextsPanel panel, PlanField field) {
        return panel.texts.getElement().getChildren()
                .filter(e -> field.name().equals(e.getAttribute("data-remark-field")))
                .findFirst().orElseThrow().getTextRecursively();
    }

    private static Map<String, String> marks(RemarkedTextsPanel panel) {
        return marks(panel.texts.getElement())
                .collect(Collectors.toMap(m -> m.getAttribute("data-number"), Element::getTextRecursively));
    }

    private static Stream<Element> marks(Element root) {
        return root.getChildren().filter(c -> !c.isTextNode()).flatMap(c -> Stream.concat(
                "mark".equals(c.getTag()) ? Stream.of(c) : Stream.empty(), marks(c)));
    }
}
