package org.cohesion.session.ui;

import com.vaadin.flow.component.Component;
import org.cohesion.session.RoomState;
import org.cohesion.session.SessionPass;

/**
 * A part another feature adds to a live session, such as its polls: one component in the room (placed in the
 * room's {@code polls} slot, between the live bar and the agenda, so that it is within reach on a phone) and
 * optionally one on the presenter view (in its {@code presenter-polls} slot, e.g. poll results in large type).
 * Implementations are Spring beans (ordered by {@code @Order}), so the session UI never depends on them. The
 * pass was verified when the room opened; the component calls its own services with it (which check it again
 * through {@code SessionGate}) and listens to the session's topic itself ({@code collab.SessionTopics}).
 */
public interface SessionRoomSection {

    /** The part for a participant's room (host, member or guest: see {@code room.me()}), or null for none. */
    Component forRoom(SessionPass pass, RoomState room);

    /** The part for the presenter view (the projector), or null for none. */
    default Component forPresenter(SessionPass pass, RoomState room) {
        return null;
    }
}
