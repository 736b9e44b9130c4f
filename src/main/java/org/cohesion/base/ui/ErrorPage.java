package org.cohesion.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The body shared by the error views: a heading, an explanation and a way home. */
abstract class ErrorPage extends Main {

    ErrorPage() {
        addClassName("error-page");
    }

    void render(String titleKey, String textKey) {
        removeAll();
        H1 title = new H1(getTranslation(titleKey));
        add(title, new Paragraph(getTranslation(textKey)), new Anchor("", getTranslation("error.go-home")));
    }
}
