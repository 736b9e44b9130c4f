package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.Component;
import org.cohesion.session.RoomState;
import org.cohesion.session.SessionPass;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.ui.SessionRoomSection;
import org.springframework.core.annotation.Order;

/** Puts the polls in every session room, and the current poll's results on the presenter view. */
@org.springframework.stereotype.Component
@Order(10)
class PollsRoomSection implements SessionRoomSection {

    private final PollService polls;

    PollsRoomSection(PollService polls) {
        this.polls = polls;
    }

    @Override
    public Component forRoom(SessionPass pass, RoomState room) {
        return new PollsPanel(polls, pass);
    }

    @Override
    public Component forPresenter(SessionPass pass, RoomState room) {
        return new PollResultsBoard(polls, pass);
    }
}
