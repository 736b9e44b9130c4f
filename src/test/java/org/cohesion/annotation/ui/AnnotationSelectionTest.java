package org.cohesion.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import org.cohesion.KaribuTest;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.Point;
import org.cohesion.discussion.SubjectType;
import org.cohesion.discussion.ui.ThreadPanel;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Selecting annotations in the workspace: a click on a pin selects its row and opens its thread; selecting
 * changes the highlight of the two pins concerned without redrawing the others; a pin just placed shows its thread.
 */
class AnnotationSelectionTest extends KaribuTest {

    private long planId;

    @BeforeEach
    void planWithThreePins() {
        login("planner");
        planId = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
        long drawingId = context.getBean(DrawingService.class).upload(planId, "Site", TestImages.png(400, 200)).id();
        AnnotationService annotations = context.getBean(AnnotationService.class);
        annotations.placePin(drawingId, new Point(0.1, 0.1), AnnotationCategory.IDEA, "Benches");
        annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.CONCERN, "Too dark");
        annotations.placePin(drawingId, new Point(0.9, 0.9), AnnotationCategory.QUESTION, "Opening hours?");
        login("wangfang");
        UI.getCurrent().navigate("plans/" + planId);
    }

    @Test
    void clickingAPinSelectsItsRowAndOpensItsThread() {
        AnnotationPanel panel = _get(AnnotationPanel.class);
        int draws = panel.drawCount();

        clickPin(panel, 2);

        assertThat(panel.selected()).hasValueSatisfying(a -> assertThat(a.number()).isEqualTo(2));
        assertThat(panel.grid.getSelectedItems()).singleElement().satisfies(a -> assertThat(a.number()).isEqualTo(2));
        assertThat(_get(panel, ThreadPanel.class).thread().subjectType()).isEqualTo(SubjectType.ANNOTATION);
        assertThat(_get(panel, ThreadPanel.class).thread().subjectId()).isEqualTo(panel.selected().get().id());
        assertThat(highlightedNumber(panel)).isEqualTo(2);

        clickPin(panel, 3);
        assertThat(highlightedNumber(panel)).isEqualTo(3);
        assertThat(panel.drawCount()).as("the pins are not redrawn, only the highlight moves").isEqualTo(draws);

        panel.grid.select(panel.shown().get(0));
        assertThat(highlightedNumber(panel)).isEqualTo(1);
        assertThat(_find(panel, ThreadPanel.class)).hasSize(1);
    }

    @Test
    void aPinJustPlacedShowsItsThread() {
        AnnotationPanel panel = _get(AnnotationPanel.class);
        _click(panel.placePin);
        JsonObject data = Json.createObject();
        data.put("event.offsetX", 200);
        data.put("event.offsetY", 20);
        data.put("element.clientWidth", 400);
        data.put("element.clientHeight", 200);
        ElementUtilsKt._fireDomEvent(panel.layer.getElement(), new DomEvent(panel.layer.getElement(), "click", data));
        PlaceAnnotationDialog dialog = _get(PlaceAnnotationDialog.class);
        _setValue(dialog.body, "A drinking fountain here");
        _click(dialog.save);

        assertThat(panel.selected()).hasValueSatisfying(a -> assertThat(a.number()).isEqualTo(4));
        assertThat(highlightedNumber(panel)).isEqualTo(4);
        assertThat(_get(panel, ThreadPanel.class).thread().subjectId()).isEqualTo(panel.selected().get().id());
    }

    private static int highlightedNumber(AnnotationPanel panel) {
        long id = panel.highlighted();
        return panel.shown().stream().filter(a -> a.id() == id).findFirst().orElseThrow().number();
    }

    /** A click on a drawn pin, as the browser reports it to the layer. */
    private static void clickPin(AnnotationPanel panel, int number) {
        long id = panel.shown().stream().filter(a -> a.number() == number).findFirst().orElseThrow().id();
        JsonObject data = Json.createObject();
        data.put(AnnotationPanel.CLICKED_PIN, String.valueOf(id));
        ElementUtilsKt._fireDomEvent(panel.layer.getElement(), new DomEvent(panel.layer.getElement(), "click", data));
    }
}
