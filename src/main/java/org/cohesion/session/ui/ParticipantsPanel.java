package org.cohesion.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.session.ParticipantView;

/**
 * Who takes part, with presence (here / away), host, guest and who follows the host, and a count of those present
 * and following. Rows are kept per participant and only changed where something changed, so that a join in a
 * room of hundreds touches one row, not all of them.
 */
class ParticipantsPanel extends Div {

    final Paragraph followCount = new Paragraph();
    final UnorderedList list = new UnorderedList();
    private final Map<Long, Row> rows = new HashMap<>();

    ParticipantsPanel() {
        addClassName("session-participants");
        followCount.addClassName("follow-count");
        list.addClassName("participant-list");
        add(new H2(getTranslation("session.participants.title")), followCount, list);
    }

    void show(List<ParticipantView> people) {
        int present = 0;
        int followers = 0;
        Set<Long> seen = new HashSet<>();
        int index = 0;
        for (ParticipantView p : people) {
            seen.add(p.participantId());
            Row row = rows.computeIfAbsent(p.participantId(), id -> new Row());
            row.show(p);
            if (list.getElement().getChildCount() <= index
                    || !list.getElement().getChild(index).equals(row.item.getElement())) {
                list.addComponentAtIndex(index, row.item);
            }
            index++;
            if (p.present()) {
                present++;
                if (p.followsHost()) {
                    followers++;
                }
            }
        }
        rows.entrySet().removeIf(e -> {
            if (!seen.contains(e.getKey())) {
                list.remove(e.getValue().item);
                return true;
            }
            return false;
        });
        followCount.setText(getTranslation("session.participants.count", present, followers));
    }

    /** One participant's row; remembers what it shows to skip unchanged updates. */
    private final class Row {

        final ListItem item = new ListItem();
        private final Span name = new Span();
        private final Span tags = new Span();
        private ParticipantView shown;

        Row() {
            item.addClassName("participant");
            Span dot = new Span();
            dot.addClassName("presence-dot");
            dot.getElement().setAttribute("aria-hidden", "true");
            name.addClassName("participant-name");
            tags.addClassName("participant-tags");
            item.add(dot, name, tags);
        }

        void show(ParticipantView p) {
            if (p.equals(shown)) {
                return;
            }
            shown = p;
            item.setClassName("present", p.present());
            name.setText(p.displayName());
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
            tags.setText(String.join(" · ", labels));
        }
    }
}
