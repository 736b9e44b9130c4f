package org.cohesion.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/** The participant's own actions at the bottom of the room, within thumb's reach: raise hand, follow the host. */
class ParticipantActions extends Div {

    final Button raiseHand = new Button();
    final Button follow = new Button();

    ParticipantActions(boolean host, Runnable toggleHand, Runnable toggleFollowing) {
        addClassName("session-actions");
        raiseHand.addClassName("big-button");
        raiseHand.addThemeVariants(ButtonVariant.LUMO_LARGE);
        raiseHand.addClickListener(e -> toggleHand.run());
        follow.addClassName("big-button");
        follow.addThemeVariants(ButtonVariant.LUMO_LARGE);
        follow.addClickListener(e -> toggleFollowing.run());
        add(raiseHand);
        if (!host) {
            add(follow);
        }
    }

    void showHand(boolean raised) {
        raiseHand.setText(getTranslation(raised ? "session.hands.lower" : "session.hands.raise"));
        raiseHand.getElement().setAttribute("aria-pressed", String.valueOf(raised));
        raiseHand.setClassName("raised", raised);
    }

    void showFollowing(boolean following) {
        follow.setText(getTranslation(following ? "session.follow.stop" : "session.follow.start"));
        follow.getElement().setAttribute("aria-pressed", String.valueOf(following));
    }

    /** Whether the participant may act now (the session is live and their pass valid). */
    void setLive(boolean live) {
        raiseHand.setEnabled(live);
    }

    /** The guest's access ended with the session: nothing more to do here. */
    void disable() {
        raiseHand.setEnabled(false);
        follow.setEnabled(false);
    }
}
