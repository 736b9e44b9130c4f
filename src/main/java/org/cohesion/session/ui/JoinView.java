package org.cohesion.session.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.LanguageSelect;
import org.cohesion.security.CurrentUser;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionStatus;
import org.cohesion.session.SessionSummary;

/**
 * Joining a live session by its code ({@code /join} to type it, {@code /join/{code}} from a link or QR code):
 * shows the session and its plan; signed-in members of the plan's community join directly, everyone else with
 * a display name as a guest. A wrong or ended code says so and leaves the code field to try again.
 */
@Route(value = "join/:code?", autoLayout = false)
@AnonymousAllowed
class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionService sessions;
    private final CurrentUser currentUser;

    final TextField code = new TextField();
    final Button find = new Button();
    final Div found = new Div();
    final H2 sessionTitle = new H2();
    final Paragraph planTitle = new Paragraph();
    final Paragraph status = new Paragraph();
    final Button joinAsMember = new Button();
    final TextField displayName = new TextField();
    final Button joinAsGuest = new Button();
    final Div guestPart = new Div();
    private SessionSummary session;

    JoinView(SessionService sessions, CurrentUser currentUser) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        addClassNames("auth-page", "join-view");

        code.setLabel(getTranslation("session.join.code"));
        code.setHelperText(getTranslation("session.join.code.help"));
        code.setMaxLength(20);
        code.addClassName("join-code-field");
        code.setAutofocus(true);
        find.setText(getTranslation("session.join.find"));
        find.addClickListener(e -> lookUp(code.getValue()));
        code.addKeyPressListener(Key.ENTER, e -> lookUp(code.getValue()));
        Div codeRow = new Div(code, find);
        codeRow.addClassName("join-code-row");

        sessionTitle.addClassName("join-session-title");
        planTitle.addClassName("join-plan-title");
        status.addClassName("join-status");
        joinAsMember.setText(getTranslation("session.join.as-member"));
        joinAsMember.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        joinAsMember.addClassName("big-button");
        joinAsMember.addClickListener(e -> joinAsMember());

        displayName.setLabel(getTranslation("session.join.name"));
        displayName.setHelperText(getTranslation("session.join.name.help"));
        displayName.setMaxLength(SessionService.MAX_GUEST_NAME);
        displayName.setRequiredIndicatorVisible(true);
        joinAsGuest.setText(getTranslation("session.join.as-guest"));
        joinAsGuest.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        joinAsGuest.addClassName("big-button");
        joinAsGuest.addClickListener(e -> joinAsGuest());
        displayName.addKeyPressListener(Key.ENTER, e -> joinAsGuest());
        Paragraph members = new Paragraph(getTranslation("session.join.members") + " ");
        members.add(new Anchor("login", getTranslation("session.join.sign-in")));
        guestPart.add(displayName, joinAsGuest, members);
        guestPart.addClassName("join-guest");
        found.add(sessionTitle, planTitle, status, joinAsMember, guestPart);
        found.addClassName("join-found");
        found.setVisible(false);

        Div card = new Div();
        card.addClassName("auth-card");
        card.add(new LanguageSelect(locale -> { }), new H1(getTranslation("session.join.title")), codeRow, found);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(c -> {
            code.setValue(c);
            lookUp(c);
        });
    }

    void lookUp(String typed) {
        FieldErrors.clear(Map.of("code", code));
        try {
            session = sessions.findByCode(typed);
        } catch (ValidationException e) {
            session = null;
            found.setVisible(false);
            FieldErrors.show(this, e, Map.of("code", code));
            return;
        }
        sessionTitle.setText(session.title());
        planTitle.setText(getTranslation("session.join.plan", session.planTitle()));
        status.setText(session.status() == SessionStatus.SCHEDULED
                ? getTranslation("session.join.scheduled", Formats.dateTime(session.startsAt(), getLocale()))
                : getTranslation("session.join.live"));
        boolean member = isMember(session);
        joinAsMember.setVisible(member);
        guestPart.setVisible(!member);
        found.setVisible(true);
    }

    private boolean isMember(SessionSummary s) {
        if (currentUser.find().isEmpty()) {
            return false;
        }
        try {
            sessions.session(s.id());
            return true;
        } catch (ObjectNotFoundException e) {
            return false;
        }
    }

    void joinAsMember() {
        if (session == null) {
            return;
        }
        try {
            enter(sessions.joinAsMember(session.id()));
        } catch (ValidationException e) {
            FieldErrors.show(this, e, Map.of("code", code));
        }
    }

    void joinAsGuest() {
        if (session == null) {
            return;
        }
        Map<String, TextField> fields = Map.of("code", code, "displayName", displayName);
        FieldErrors.clear(fields);
        try {
            enter(sessions.joinAsGuest(session.joinCode(), displayName.getValue()));
        } catch (ValidationException e) {
            FieldErrors.show(this, e, fields);
        }
    }

    private void enter(SessionPass pass) {
        SessionPasses.putFresh(pass);
        getUI().ifPresent(ui -> ui.navigate("sessions/" + pass.sessionId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.join.title");
    }
}
