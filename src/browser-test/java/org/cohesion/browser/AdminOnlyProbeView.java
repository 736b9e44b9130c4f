package org.cohesion.browser;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A view only admins may open; exists on the browser-test classpath only, to probe the access-denied page. */
@Route("browser-test/admin-only")
@RolesAllowed("ADMIN")
public class AdminOnlyProbeView extends Main {

    public AdminOnlyProbeView() {
        add(new Paragraph("admin-only probe"));
    }
}
