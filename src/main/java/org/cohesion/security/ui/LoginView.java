package org.cohesion.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.cohesion.base.ui.LanguageSelect;
import org.cohesion.base.ui.Notifications;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.LoginThrottledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in with username and password; links to registration; language choice for this browser. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;

    public LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("auth-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        Div card = new Div();
        card.addClassName("auth-card");
        LanguageSelect language = new LanguageSelect(locale -> { });
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("auth-title");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("auth-tagline");
        Paragraph register = new Paragraph(getTranslation("login.no-account") + " ");
        register.add(new Anchor("register", getTranslation("login.register")));
        card.add(language, title, tagline, form, register);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.find().isPresent()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("registered")) {
            Notifications.success(getTranslation("register.done"));
        }
        boolean error = parameters.containsKey("error");
        if (error) {
            LoginI18n i18n = i18n();
            if (lastFailureWasThrottled()) {
                i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message"));
            } else if (lastFailure() instanceof LockedException) {
                i18n.getErrorMessage().setTitle(getTranslation("login.blocked.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.blocked.message"));
            }
            form.setI18n(i18n);
            form.setError(true);
        }
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static boolean lastFailureWasThrottled() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return false;
        }
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof LoginThrottledException;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage err = i18n.getErrorMessage();
        err.setTitle(getTranslation("login.error.title"));
        err.setMessage(getTranslation("login.error.message"));
        err.setUsername(getTranslation("login.error.username-required"));
        err.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
