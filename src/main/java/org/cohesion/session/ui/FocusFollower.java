package org.cohesion.session.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Function;
import org.cohesion.plan.PlanField;
import org.cohesion.session.Focus;

/**
 * A follower's view of the host's focus: highlights the part of the room the focus is on and scrolls it into
 * view; remembers where it last moved to. Also names a focus for the focus line and announcements.
 */
final class FocusFollower {

    private Component highlighted;
    private String movedTo;

    /** Moves to the focus: highlights {@code target} (when there is one) and scrolls it into view. */
    void moveTo(Focus focus, Component target) {
        stop();
        highlighted = target;
        movedTo = focus.kind() + ":" + focus.ref();
        if (target != null) {
            target.addClassName("followed-focus");
            target.getElement().executeJs("this.scrollIntoView({behavior: 'smooth', block: 'center'})");
        }
    }

    /** Removes the highlight (the participant stopped following). */
    void stop() {
        if (highlighted != null) {
            highlighted.removeClassName("followed-focus");
            highlighted = null;
        }
    }

    /** Where the view last moved to ("KIND:ref"), or null when it never moved. */
    String movedTo() {
        return movedTo;
    }

    /**
     * What a focus is on, in the reader's language: an agenda item's title ({@code itemTitle}, may answer null),
     * a text of the plan, or an annotation on the drawing.
     */
    static String label(Component reader, Focus focus, Function<Long, String> itemTitle) {
        return switch (focus.kind()) {
            case ITEM -> itemTitle.apply(parseLong(focus.ref()));
            case SECTION -> {
                PlanField field = parseField(focus.ref());
                yield field == null ? focus.ref() : reader.getTranslation(field.labelKey());
            }
            case ANNOTATION -> reader.getTranslation("session.focus.annotation");
        };
    }

    static Long parseLong(String text) {
        try {
            return text == null ? null : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static PlanField parseField(String text) {
        try {
            return text == null ? null : PlanField.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
