package org.cohesion.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.cohesion.session.AgendaItemView;

/**
 * The session's agenda with the current item highlighted for all ({@code aria-current="step"}); the host gets a
 * "Make current" button per item.
 */
class AgendaPanel extends Section {

    final OrderedList list = new OrderedList();
    private final Map<Long, ListItem> items = new HashMap<>();
    private final List<AgendaItemView> agenda;

    /** The agenda; {@code makeCurrent} is null for participants who do not host. */
    AgendaPanel(List<AgendaItemView> agenda, LongConsumer makeCurrent) {
        this.agenda = agenda;
        addClassName("session-agenda");
        list.addClassName("agenda-list");
        add(new H2(getTranslation("session.agenda.title")), list);
        for (AgendaItemView item : agenda) {
            ListItem li = new ListItem();
            li.setId("agenda-item-" + item.id());
            li.addClassName("agenda-item");
            Span text = new Span(item.title());
            text.addClassName("agenda-item-title");
            li.add(text);
            if (item.planField() != null) {
                Span about = new Span(getTranslation(item.planField().labelKey()));
                about.addClassName("agenda-item-about");
                li.add(about);
            }
            if (makeCurrent != null) {
                Button button = new Button(getTranslation("session.host.make-current"),
                        e -> makeCurrent.accept(item.id()));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                button.addClassName("make-current");
                li.add(button);
            }
            items.put(item.id(), li);
            list.add(li);
        }
        if (agenda.isEmpty()) {
            list.add(new ListItem(getTranslation("session.agenda.empty")));
        }
    }

    /** Highlights the current item (none when null). */
    void showCurrent(Long currentItemId) {
        items.forEach((id, li) -> {
            boolean current = id.equals(currentItemId);
            li.setClassName("current", current);
            if (current) {
                li.getElement().setAttribute("aria-current", "step");
            } else {
                li.getElement().removeAttribute("aria-current");
            }
        });
    }

    /** The list item of an agenda item (a follower's view moves there), or null. */
    ListItem item(Long id) {
        return id == null ? null : items.get(id);
    }

    /** The title of an agenda item, or empty. */
    String title(Long id) {
        return agenda.stream().filter(i -> Objects.equals(i.id(), id)).map(AgendaItemView::title).findFirst()
                .orElse("");
    }
}
