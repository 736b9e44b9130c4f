package org.cohesion.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinService;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.ModerationService;
import org.cohesion.moderation.Visibility;

/**
 * What content features put on their items: a "Flag" button (opening {@link FlagDialog}) and the note an author
 * sees on their own hidden or awaiting contribution.
 */
public final class FlagAction {

    private FlagAction() {
    }

    /** A small "Flag" button for an item; shows "Flagged" (disabled) once the viewer flagged it. */
    public static Button button(ContentType type, long contentId) {
        Button flag = new Button();
        flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        flag.addClassName("flag-action");
        flag.setText(flag.getTranslation("moderation.flag.action"));
        flag.addClickListener(e -> new FlagDialog(service(), type, contentId, () -> {
            flag.setText(flag.getTranslation("moderation.flag.flagged"));
            flag.setEnabled(false);
        }).open());
        return flag;
    }

    /** The note shown with a contribution that is not visible to everyone; null when it is. */
    public static String note(Component c, Visibility visibility, String reason) {
        if (visibility == null) {
            return null;
        }
        return switch (visibility) {
            case VISIBLE -> null;
            case HIDDEN -> reason == null ? c.getTranslation("moderation.note.hidden-auto")
                    : c.getTranslation("moderation.note.hidden", reason);
            case AWAITING_REVIEW -> c.getTranslation("moderation.note.awaiting");
            case BLOCKED -> c.getTranslation("moderation.note.blocked");
        };
    }

    private static ModerationService service() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ModerationService.class);
    }
}
