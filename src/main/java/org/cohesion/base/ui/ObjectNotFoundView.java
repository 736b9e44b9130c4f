package org.cohesion.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.cohesion.base.ObjectNotFoundException;

/** The "not found" page when a view is opened for an object that does not exist or is not visible. */
@AnonymousAllowed
public class ObjectNotFoundView extends ErrorPage implements HasErrorParameter<ObjectNotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ObjectNotFoundException> parameter) {
        render("error.not-found.title", "error.not-found.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
