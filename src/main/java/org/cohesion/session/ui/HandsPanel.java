package org.cohesion.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;
import org.cohesion.session.HandView;

/** The raised hands in the order they were raised; the speaker the host called is highlighted. */
class HandsPanel extends Div {

    final OrderedList list = new OrderedList();

    HandsPanel() {
        addClassName("session-hands");
        list.addClassName("hand-list");
        add(new H2(getTranslation("session.hands.title")), list);
    }

    void show(List<HandView> queue) {
        list.removeAll();
        for (HandView h : queue) {
            ListItem li = new ListItem(h.displayName());
            li.addClassName("hand");
            li.setClassName("speaker", h.called());
            list.add(li);
        }
        if (queue.isEmpty()) {
            list.add(new ListItem(getTranslation("session.hands.none")));
        }
    }

    /** The called speaker's name, or null. */
    static String speakerName(List<HandView> queue) {
        return queue.stream().filter(HandView::called).map(HandView::displayName).findFirst().orElse(null);
    }

    /** The called speaker's participant id, or null. */
    static Long speakerId(List<HandView> queue) {
        return queue.stream().filter(HandView::called).map(HandView::participantId).findFirst().orElse(null);
    }
}
