package org.cohesion.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinServletRequest;
import org.cohesion.base.ui.Notifications;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A community's invite code and the registration link to share, with a way to replace the code. */
class InvitePanel extends Section {

    final Span code = new Span();
    final Anchor link = new Anchor();
    final Button copy;
    final Button newCode = new Button();
    private final String baseUrl;

    InvitePanel(Runnable onNewCode) {
        addClassName("invite-panel");
        baseUrl = contextUrl();
        code.addClassName("invite-code");
        link.setTarget(AnchorTarget.BLANK);
        link.addClassName("register-link");
        copy = AdminUi.iconButton(VaadinIcon.COPY, getTranslation("admin.community.copy-link"), this::copyLink);
        newCode.setText(getTranslation("admin.community.new-code"));
        newCode.setIcon(VaadinIcon.REFRESH.create());
        newCode.addClickListener(e -> onNewCode.run());
        Span codeLabel = new Span(getTranslation("admin.community.invite-code"));
        Div codeRow = new Div(codeLabel, code);
        codeRow.addClassName("invite-row");
        Div linkRow = new Div(link, copy);
        linkRow.addClassName("invite-row");
        add(new H3(getTranslation("admin.community.register-link")),
                new Paragraph(getTranslation("admin.community.register-link.help")), codeRow, linkRow, newCode);
    }

    void show(String inviteCode) {
        code.setText(inviteCode);
        link.setHref(path(inviteCode));
        link.setText(baseUrl + path(inviteCode));
    }

    /** The link relative to the application root, e.g. {@code register?code=ABCD2345}. */
    static String path(String inviteCode) {
        return "register?code=" + inviteCode;
    }

    private void copyLink() {
        getElement().executeJs("return navigator.clipboard.writeText($0)", link.getText())
                .then(ok -> Notifications.success(getTranslation("admin.community.link-copied")),
                        error -> Notifications.error(getTranslation("admin.community.copy-failed")));
    }

    private static String contextUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path("/")
                .toUriString();
    }
}
