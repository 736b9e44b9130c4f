package org.cohesion.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.Instant;

/** "Time left" and the countdown, hidden while no timer runs. */
class TimerDisplay extends Div {

    final Countdown countdown = new Countdown();

    TimerDisplay(boolean labelled) {
        addClassName("session-timer-box");
        if (labelled) {
            add(new Span(getTranslation("session.timer.label")));
        }
        add(countdown);
        setVisible(false);
    }

    /** Shows the countdown to {@code endsAt} (null hides it), as of the server's {@code now}. */
    void show(Instant endsAt, Instant now, Element announcer) {
        setVisible(endsAt != null);
        countdown.show(endsAt, now, getTranslation("session.timer.ended"), announcer);
    }

    /** The end shown, or null when no timer runs. */
    Instant endsAt() {
        return countdown.endsAt();
    }
}
