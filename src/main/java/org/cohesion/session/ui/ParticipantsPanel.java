package org.cohesion.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.session.ParticipantView;

/**
 * Who takes part, with presence (here / away), host, guest and who follows the host, and a count of those present
 * and following. A virtual list drawn in the browser from a small template: a room holds no component per
 * participant, so hundreds of open rooms of a session of hundreds stay light on the server, and only the rows in
 * view are sent. Names are bound as text (never markup).
 */
class ParticipantsPanel extends Div {

    /** Rows shown before the list scrolls. */
    private static final int VISIBLE_ROWS = 12;

    final Paragraph followCount = new Paragraph();
    final VirtualList<ParticipantView> list = new VirtualList<>();
    private List<ParticipantView> shown = List.of();

    ParticipantsPanel() {
        addClassName("session-participants");
        followCount.addClassName("follow-count");
        list.addClassName("participant-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", getTranslation("session.participants.title"));
        list.setRenderer(LitRenderer.<ParticipantView>of("""
                        <div role="listitem" class="participant ${item.present ? 'present' : ''}">\
                        <span class="presence-dot" aria-hidden="true"></span>\
                        <span class="participant-name">${item.name}</span> \
                        <span class="participant-tags">${item.tags}</span></div>""")
                .withProperty("name", ParticipantView::displayName)
                .withProperty("present", ParticipantView::present)
                .withProperty("tags", this::tags));
        add(new H2(getTranslation("session.participants.title")), followCount, list);
    }

    void show(List<ParticipantView> people) {
        if (!people.equals(shown)) {
            shown = List.copyOf(people);
            list.setItems(shown);
            list.setHeight(Math.max(1, Math.min(VISIBLE_ROWS, people.size())) * 2.25 + "rem");
        }
        int present = 0;
        int followers = 0;
        for (ParticipantView p : people) {
            if (p.present()) {
                present++;
                if (p.followsHost()) {
                    followers++;
                }
            }
        }
        followCount.setText(getTranslation("session.participants.count", present, followers));
    }

    /** The participants shown, in order. */
    List<ParticipantView> shown() {
        return shown;
    }

    private String tags(ParticipantView p) {
        List<String> labels = new ArrayList<>();
        if (p.host()) {
            labels.add(getTranslation("session.participants.host"));
        }
        if (p.guest()) {
            labels.add(getTranslation("session.participants.guest"));
        }
        if (p.followsHost()) {
            labels.add(getTranslation("session.participants.follows"));
        }
        labels.add(getTranslation(p.present() ? "session.participants.present" : "session.participants.away"));
        return String.join(" · ", labels);
    }
}
