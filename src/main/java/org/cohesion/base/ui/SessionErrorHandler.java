package org.cohesion.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Turns exceptions escaping a click or other UI event into a translated notification: stale edits,
 * refusals and missing objects get their own message; anything else a generic apology (and a log line).
 */
public class SessionErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable t = rootCauseOfInterest(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        String key;
        if (t instanceof OptimisticLockingFailureException) {
            key = "error.stale-edit";
        } else if (t instanceof AccessDeniedException) {
            key = "error.access-denied.text";
        } else if (t instanceof ObjectNotFoundException) {
            key = "error.not-found.text";
        } else if (t instanceof ValidationException v && !v.fieldErrors().isEmpty()) {
            var first = v.fieldErrors().values().iterator().next();
            ui.access(() -> Notifications.error(ui.getTranslation(first.key(), first.args())));
            return;
        } else {
            log.error("Unexpected error", event.getThrowable());
            key = "error.internal.text";
        }
        ui.access(() -> Notifications.error(ui.getTranslation(key)));
    }

    private static Throwable rootCauseOfInterest(Throwable t) {
        Throwable current = t;
        while (current != null) {
            if (current instanceof OptimisticLockingFailureException || current instanceof AccessDeniedException
                    || current instanceof ObjectNotFoundException || current instanceof ValidationException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }
}
