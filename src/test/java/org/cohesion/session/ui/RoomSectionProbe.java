package org.cohesion.session.ui;

import com.vaadin.flow.component.html.Span;
import org.cohesion.session.RoomState;
import org.cohesion.session.SessionPass;

/**
 * A {@link SessionRoomSection} for tests only: adds a marker to the rooms and presenter views of sessions whose
 * title starts with {@value #TITLE}, and nothing to any other session.
 */
@org.springframework.stereotype.Component
class RoomSectionProbe implements SessionRoomSection {

    static final String TITLE = "[probe]";

    @Override
    public com.vaadin.flow.component.Component forRoom(SessionPass pass, RoomState room) {
        return room.title().startsWith(TITLE) ? marker("probe-room", room) : null;
    }

    @Override
    public com.vaadin.flow.component.Component forPresenter(SessionPass pass, RoomState room) {
        return room.title().startsWith(TITLE) ? marker("probe-presenter", room) : null;
    }

    private static Span marker(String id, RoomState room) {
        Span span = new Span(room.me().guest() ? "guest" : "member");
        span.setId(id);
        return span;
    }
}
