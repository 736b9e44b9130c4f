package org.cohesion.discussion.ui;

import org.cohesion.collab.PlanTopics;
import org.cohesion.collab.VaadinServices;
import org.cohesion.discussion.CommentVisibilityChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open threads when moderation hid, restored or approved one of their comments (after the change is
 * committed), so that it disappears or appears for everyone without reloading.
 */
@Component
class CommentVisibilitySignals {

    private static final Logger log = LoggerFactory.getLogger(CommentVisibilitySignals.class);

    private final VaadinServices services;

    CommentVisibilitySignals(VaadinServices services) {
        this.services = services;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void visibilityChanged(CommentVisibilityChanged e) {
        services.current().ifPresent(service -> {
            try {
                PlanTopics.announceThreadChange(service, e.planId(), e.threadId(), e.commentId());
            } catch (RuntimeException failure) {
                log.warn("Could not announce a moderated comment of plan {}", e.planId(), failure);
            }
        });
    }
}
