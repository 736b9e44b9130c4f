package org.cohesion.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.server.VaadinServlet;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.cohesion.KaribuSupport;
import org.cohesion.SimulatedUser;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.Point;
import org.cohesion.annotation.ui.PinDrawing;
import org.cohesion.base.ValidationException;
import org.cohesion.collab.PlanTopics;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.TestImages;
import org.cohesion.session.FocusKind;
import org.cohesion.session.SessionHostService;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionPinsService;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The room shows the plan's drawing with its pins to everyone, a guest included, with the list beside it; the host
 * puts everyone's focus on a pin, and a pin placed in the workspace appears in the room without reloading.
 */
@SpringBootTest
class RoomPinsTest {

    @Autowired
    ApplicationContext context;

    private SimulatedUser host;
    private SimulatedUser guest;
    private SessionSummary session;
    private long drawingId;
    private AnnotationInfo first;

    @BeforeEach
    void aDrawingWithAPinAndAGuestInTheRoom() {
        VaadinServlet servlet = KaribuSupport.newServlet(context);
        host = new SimulatedUser(context, servlet, "planner");
        guest = SimulatedUser.anonymous(context, servlet);
        session = host.call(() -> {
            SessionSummary s = SessionTestSupport.scheduledSession(context);
            drawingId = context.getBean(DrawingService.class).upload(s.planId(), "Site 现状", TestImages.png(400, 200))
                    .id();
            first = context.getBean(AnnotationService.class).placePin(drawingId, new Point(0.25, 0.5),
                    AnnotationCategory.CONCERN, "<b>路口太窄</b> the corner is too narrow");
            context.getBean(SessionService.class).start(s.id());
            return s;
        });
        host.run(() -> UI.getCurrent().navigate("sessions/" + session.id()));
        guest.run(() -> {
            UI.getCurrent().navigate("join/" + session.joinCode());
            JoinView join = _get(JoinView.class);
            _setValue(join.displayName, "Lao Zhang 老张");
            _click(join.joinAsGuest);
        });
        for (SimulatedUser user : List.of(host, guest)) {
            assertThat(user.await(() -> room().connected(), c -> c, host, guest)).isTrue();
        }
    }

    @AfterEach
    void close() {
        host.close();
        guest.close();
    }

    @Test
    void theGuestSeesThePinsTheHostFocusesOneAndNewPinsAppearLive() {
        JsonArray drawn = guest.call(() -> pins().drawn().get(drawingId));
        assertThat(drawn.length()).isEqualTo(1);
        JsonObject pin = drawn.getObject(0);
        assertThat(pin.getNumber("n")).isEqualTo(1);
        assertThat(pin.getNumber("x")).isEqualTo(25.0);
        assertThat(pin.getString("c")).isEqualTo("concern");
        assertThat(pin.getString("l")).as("the pin's label, for screen readers").contains("1", "Concern");
        assertThat(guest.call(() -> rows(pins()))).as("the list beside the drawing")
                .containsExactly("1 Concern <b>路口太窄</b> the corner is too narrow");
        assertThat(guest.call(() -> pins().focusHere)).as("only the host focuses").isNull();

        // the host clicks the pin: it is selected, its text shows, and the host puts everyone's focus on it
        host.run(() -> {
            RoomPins pins = pins();
            clickPin(pins, first.id());
            assertThat(pins.selected()).isEqualTo(first.id());
            assertThat(pins.details.getText()).contains("陈静 Chen Jing", "<b>路口太窄</b>");
            _click(pins.focusHere);
        });
        assertThat(seen(guest, () -> room().liveBar.focusLine.getText(), t -> t.contains("pin")))
                .isEqualTo("Focus: pin no. 1 on the drawing");
        assertThat(guest.call(() -> pins().selected())).isEqualTo(first.id());

        // a pin placed in the plan's workspace (which announces it in the plan's topic) shows in the room
        host.run(() -> {
            context.getBean(AnnotationService.class).placePin(drawingId, new Point(0.75, 0.25),
                    AnnotationCategory.IDEA, "Trees 树");
            Div probe = new Div();
            UI.getCurrent().add(probe);
            CollaborationEngine.getInstance().openTopicConnection(probe, PlanTopics.plan(session.planId()),
                    new UserInfo("workspace-" + UUID.randomUUID()), connection -> {
                        connection.getNamedMap(PlanTopics.EVENTS_MAP).put(PlanTopics.ANNOTATIONS,
                                UUID.randomUUID().toString());
                        return null;
                    });
        });
        assertThat(seen(guest, () -> rows(pins()), r -> r.size() == 2))
                .containsExactly("1 Concern <b>路口太窄</b> the corner is too narrow", "2 Idea Trees 树");
        assertThat(guest.call(() -> pins().selected())).as("the selection stays").isEqualTo(first.id());
    }

    @Test
    void aForgedPassSeesNoPinsAndTheFocusMustBeAPinOfThisPlan() {
        SessionPinsService service = context.getBean(SessionPinsService.class);
        SessionPass forged = new SessionPass(session.id(), 1L, "not-the-secret");
        assertThatThrownBy(() -> service.pins(forged)).isInstanceOf(AccessDeniedException.class);
        SessionPass hostPass = host.call(() -> room().pass);
        SessionHostService hosting = context.getBean(SessionHostService.class);
        long otherPlansPin = host.call(() -> {
            SessionSummary other = SessionTestSupport.scheduledSession(context);
            long otherDrawing = context.getBean(DrawingService.class)
                    .upload(other.planId(), "Other", TestImages.png(100, 100)).id();
            return context.getBean(AnnotationService.class).placePin(otherDrawing, new Point(0.5, 0.5),
                    AnnotationCategory.IDEA, "elsewhere").id();
        });
        host.run(() -> assertThatThrownBy(() -> hosting.setFocus(hostPass, FocusKind.ANNOTATION,
                String.valueOf(otherPlansPin))).isInstanceOf(ValidationException.class));
        host.run(() -> assertThat(hosting.setFocus(hostPass, FocusKind.ANNOTATION, String.valueOf(first.id()))
                .focus().ref()).isEqualTo(String.valueOf(first.id())));
    }

    private static void clickPin(RoomPins pins, long id) {
        JsonObject data = Json.createObject();
        data.put(PinDrawing.CLICKED_PIN, String.valueOf(id));
        com.vaadin.flow.dom.Element layer = pins.getElement().getChild(0).getChild(1);
        ElementUtilsKt._fireDomEvent(layer, new DomEvent(layer, "click", data));
    }

    private static List<String> rows(RoomPins pins) {
        return pins.list.getGenericDataView().getItems().map(a -> a.number() + " "
                + pins.getTranslation(a.category().labelKey()) + " " + a.body()).toList();
    }

    private <T> T seen(SimulatedUser watcher, Callable<T> query, Predicate<T> condition) {
        return watcher.await(query, condition, watcher == host ? guest : host);
    }

    private static SessionRoomView room() {
        return _get(SessionRoomView.class);
    }

    private static RoomPins pins() {
        return room().plan.drawings;
    }
}
