package org.cohesion.collab;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Vaadin service to reach Collaboration Engine with from code that may run outside a request (event
 * listeners forwarding committed changes to topics): the current request's, else the one the application
 * started, while it runs.
 */
@Component
public class VaadinServices implements VaadinServiceInitListener {

    private volatile VaadinService started;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        started = service;
        service.addServiceDestroyListener(e -> {
            if (started == service) {
                started = null;
            }
        });
    }

    /** The current request's Vaadin service, else the started one; empty before start and after shutdown. */
    public Optional<VaadinService> current() {
        VaadinService current = VaadinService.getCurrent();
        return Optional.ofNullable(current != null ? current : started);
    }
}
