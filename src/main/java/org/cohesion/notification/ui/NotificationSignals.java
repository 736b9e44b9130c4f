package org.cohesion.notification.ui;

import com.vaadin.flow.server.VaadinService;
import org.cohesion.collab.UserTopics;
import org.cohesion.collab.VaadinServices;
import org.cohesion.notification.NotificationsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person's open UIs, through their Collaboration Engine notifications topic, that their notifications
 * changed; each {@link NotificationBell} then re-reads its count from the database. Uses the Vaadin service of
 * the current request, else the one the application started (for work outside a request). Failures are logged:
 * the notification is stored either way and shows on the next look.
 */
@Component
class NotificationSignals {

    private static final Logger log = LoggerFactory.getLogger(NotificationSignals.class);

    private final VaadinServices services;

    NotificationSignals(VaadinServices services) {
        this.services = services;
    }

    @EventListener
    public void notificationsChanged(NotificationsChanged event) {
        VaadinService service = services.current().orElse(null);
        if (service == null) {
            return;
        }
        try {
            UserTopics.announceNotifications(service, event.userId());
        } catch (RuntimeException e) {
            log.warn("Could not announce new notifications to user {}", event.userId(), e);
        }
    }
}
