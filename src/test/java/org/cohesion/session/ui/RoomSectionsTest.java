package org.cohesion.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.cohesion.KaribuTest;
import org.cohesion.discussion.DiscussionTestSupport;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.junit.jupiter.api.Test;

/** Other features (polls) place their parts in the room and the presenter view through SessionRoomSection beans. */
class RoomSectionsTest extends KaribuTest {

    @Test
    void sectionsFillThePollsSlotsOfTheRoomAndThePresenterView() {
        login("planner");
        SessionService sessions = context.getBean(SessionService.class);
        long planId = DiscussionTestSupport.newChanghongPlan(context);
        SessionSummary probed = sessions.schedule(planId, RoomSectionProbe.TITLE + " meeting",
                java.time.Instant.now(), java.util.List.of(), false);
        SessionSummary plain = sessions.schedule(planId, "Plain meeting", java.time.Instant.now(),
                java.util.List.of(), false);

        UI.getCurrent().navigate("sessions/" + probed.id());
        SessionRoomView room = _get(SessionRoomView.class);
        assertThat(room.polls.isVisible()).isTrue();
        assertThat(_get(room.polls, Span.class, spec -> spec.withId("probe-room")).getText()).isEqualTo("member");

        UI.getCurrent().navigate("sessions/" + probed.id() + "/present");
        PresenterView presenter = _get(PresenterView.class);
        assertThat(_get(presenter.polls, Span.class, spec -> spec.withId("probe-presenter")).isAttached()).isTrue();

        UI.getCurrent().navigate("sessions/" + plain.id());
        assertThat(_get(SessionRoomView.class).polls.getChildren()).as("the probe adds nothing to other sessions")
                .noneMatch(c -> c.getId().filter(id -> id.startsWith("probe")).isPresent());
    }
}
