package org.cohesion.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;

/** "Follow the host?" when the host asks everyone to follow: each participant answers Follow or Not now. */
class FollowConsentDialog extends Dialog {

    final Button yes = new Button();
    final Button notNow = new Button();

    FollowConsentDialog(Consumer<Boolean> answer) {
        addClassName("follow-consent");
        setHeaderTitle(getTranslation("session.follow.ask.title"));
        add(new Paragraph(getTranslation("session.follow.ask.text")));
        yes.setText(getTranslation("session.follow.yes"));
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        notNow.setText(getTranslation("session.follow.not-now"));
        yes.addClickListener(e -> {
            close();
            answer.accept(true);
        });
        notNow.addClickListener(e -> {
            close();
            answer.accept(false);
        });
        getFooter().add(notNow, yes);
    }
}
