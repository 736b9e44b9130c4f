package org.cohesion.session.ui;

import com.vaadin.flow.component.html.Div;

/** A visually hidden polite live region: what it is told is read out by screen readers without interrupting. */
class LiveRegion extends Div {

    LiveRegion() {
        addClassName("visually-hidden");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("role", "status");
    }

    void announce(String text) {
        setText(text);
    }
}
