package org.cohesion.people.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cohesion.base.ValidationException;
import org.cohesion.base.Validation;
import org.cohesion.base.i18n.Locales;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.LanguageSelect;
import org.cohesion.people.PasswordPolicy;
import org.cohesion.people.RegistrationForm;
import org.cohesion.people.RegistrationService;
import org.cohesion.people.StakeholderGroup;

/** Residents register themselves with the invite code of their community ({@code /register?code=...}). */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegistrationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registration;
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final TextField inviteCode = new TextField();
    final Select<StakeholderGroup> group = new Select<>();
    final Button submit = new Button();
    private final Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();

    RegistrationView(RegistrationService registration) {
        this.registration = registration;
        addClassName("auth-page");

        username.setLabel(getTranslation("register.username"));
        username.setHelperText(getTranslation("register.username.help"));
        username.setMaxLength(Validation.MAX_NAME_LENGTH);
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        displayName.setLabel(getTranslation("register.display-name"));
        displayName.setHelperText(getTranslation("register.display-name.help"));
        displayName.setMaxLength(Validation.MAX_NAME_LENGTH);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        inviteCode.setLabel(getTranslation("register.invite-code"));
        inviteCode.setHelperText(getTranslation("register.invite-code.help"));
        inviteCode.setMaxLength(32);
        group.setLabel(getTranslation("register.group"));
        group.setHelperText(getTranslation("register.group.help"));
        group.setItems(StakeholderGroup.values());
        group.setItemLabelGenerator(g -> getTranslation(g.labelKey()));
        group.setValue(StakeholderGroup.RESIDENT);
        for (var required : new com.vaadin.flow.component.HasValue<?, ?>[] {username, displayName, password,
                inviteCode, group}) {
            required.setRequiredIndicatorVisible(true);
        }
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("password", password);
        fields.put("inviteCode", inviteCode);
        fields.put("group", group);

        submit.setText(getTranslation("register.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> register());

        FormLayout form = new FormLayout(username, displayName, password, inviteCode, group);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph toLogin = new Paragraph(getTranslation("register.have-account") + " ");
        toLogin.add(new Anchor("login", getTranslation("register.sign-in")));

        Div card = new Div();
        card.addClassName("auth-card");
        card.add(new LanguageSelect(locale -> { }), new H1(getTranslation("register.title")),
                new Paragraph(getTranslation("register.intro")), form, submit, toLogin);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(inviteCode::setValue);
    }

    private void register() {
        FieldErrors.clear(fields);
        try {
            registration.register(new RegistrationForm(username.getValue(), displayName.getValue(),
                    password.getValue(), inviteCode.getValue(), group.getValue(),
                    Locales.closest(getLocale())));
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", "")));
        } catch (ValidationException e) {
            FieldErrors.show(this, e, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.page-title");
    }
}
