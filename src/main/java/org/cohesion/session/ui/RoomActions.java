package org.cohesion.session.ui;

import java.util.List;
import org.cohesion.session.HandView;
import org.cohesion.session.LiveState;

/** What the room's parts ask of the room after they called the server. */
interface RoomActions {

    /** Runs an action; a refusal shows as a message (and an expired guest pass ends the guest's access). */
    void act(Runnable action);

    /** Shows a live state the server returned (ignored when older than what is shown). */
    void apply(LiveState state);

    /** Shows the raised-hand queue the server returned. */
    void showQueue(List<HandView> queue);
}
