package org.cohesion.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.cohesion.base.i18n.Locales;
import org.cohesion.base.ui.LanguageSelect.LocaleChoice;
import org.cohesion.base.ui.SessionErrorHandler;
import org.cohesion.security.CohesionUser;
import org.cohesion.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Prepares every session and UI: the translated error handler, and the language — the one chosen in this
 * session, else the signed-in person's saved one, else the browser's.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UiSetup(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new SessionErrorHandler()));
        event.getSource().addUIInitListener(e -> applyLocale(e.getUI()));
    }

    private void applyLocale(UI ui) {
        VaadinSession session = ui.getSession();
        LocaleChoice choice = session.getAttribute(LocaleChoice.class);
        Locale locale;
        if (choice != null) {
            locale = choice.locale();
        } else {
            locale = currentUser.find().map(CohesionUser::preferredLocale).orElseGet(UiSetup::browserLocale);
        }
        session.setLocale(locale);
        ui.setLocale(locale);
    }

    private static Locale browserLocale() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return Locales.closest(request == null ? null : request.getLocale());
    }
}
