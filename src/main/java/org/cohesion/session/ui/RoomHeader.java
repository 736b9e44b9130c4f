package org.cohesion.session.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.cohesion.session.RoomState;
import org.cohesion.session.SessionStatus;

/** The session's title, its plan, status and join code; members also get links to the plan and presenter view. */
class RoomHeader extends Div {

    final H1 title = new H1();
    final Span planTitle = new Span();
    final Span statusBadge = new Span();
    final Span codeBadge = new Span();

    RoomHeader(RoomState room) {
        addClassName("session-header");
        title.setText(room.title());
        title.addClassName("session-title");
        planTitle.setText(room.planTitle());
        planTitle.addClassName("session-plan-title");
        statusBadge.addClassName("session-status");
        codeBadge.addClassName("session-code");
        codeBadge.setText(getTranslation("session.room.code", room.joinCode()));
        Div badges = new Div(statusBadge, codeBadge);
        badges.addClassName("session-badges");
        add(title, planTitle, badges);
        if (!room.me().guest()) {
            Anchor toPlan = new Anchor("plans/" + room.planId(), getTranslation("session.room.to-plan"));
            Anchor present = new Anchor("sessions/" + room.sessionId() + "/present",
                    getTranslation("session.room.presenter"));
            present.setTarget("_blank");
            Div links = new Div(toPlan, present);
            links.addClassName("session-links");
            add(links);
        }
    }

    void showStatus(SessionStatus status) {
        statusBadge.setText(getTranslation(status.labelKey()));
        statusBadge.getElement().setAttribute("data-status", status.name().toLowerCase());
    }
}
