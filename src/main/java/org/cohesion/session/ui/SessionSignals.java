package org.cohesion.session.ui;

import com.vaadin.flow.server.VaadinService;
import org.cohesion.collab.SessionTopics;
import org.cohesion.collab.VaadinServices;
import org.cohesion.session.SessionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forwards each committed session change ({@link SessionEvent}, with its snapshot) to the session's Collaboration
 * Engine topic, where every open room picks it up. Uses the Vaadin service of the current request, else the one
 * the application started. Failures are logged: the change is stored either way and shows when rooms re-read.
 */
@Component
class SessionSignals {

    private static final Logger log = LoggerFactory.getLogger(SessionSignals.class);

    private final VaadinServices services;

    SessionSignals(VaadinServices services) {
        this.services = services;
    }

    @EventListener
    public void sessionChanged(SessionEvent event) {
        VaadinService service = services.current().orElse(null);
        if (service == null) {
            return;
        }
        String key;
        if (event instanceof SessionEvent.StateChanged) {
            key = SessionTopics.STATE;
        } else if (event instanceof SessionEvent.ParticipantsChanged) {
            key = SessionTopics.PARTICIPANTS;
        } else if (event instanceof SessionEvent.HandsChanged) {
            key = SessionTopics.HANDS;
        } else if (event instanceof SessionEvent.CommentsChanged) {
            key = SessionTopics.COMMENTS;
        } else {
            key = SessionTopics.FOLLOW;
        }
        Object value = event instanceof SessionEvent.StateChanged s ? s.state() : event;
        try {
            SessionTopics.announce(service, event.sessionId(), key, value);
        } catch (RuntimeException e) {
            log.warn("Could not announce a change of session {}", event.sessionId(), e);
        }
    }
}
