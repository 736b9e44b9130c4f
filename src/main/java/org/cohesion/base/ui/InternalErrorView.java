package org.cohesion.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A translated apology instead of a stack trace when opening a view fails unexpectedly. */
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Navigation to {} failed", event.getLocation().getPath(), parameter.getCaughtException());
        render("error.internal.title", "error.internal.text");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
