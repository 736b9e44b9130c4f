package org.cohesion.annotation.ui;

import org.cohesion.annotation.AnnotationVisibilityChanged;
import org.cohesion.collab.PlanTopics;
import org.cohesion.collab.VaadinServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells everyone with the plan open (workspaces, session rooms) when moderation hid, restored or approved one of
 * its annotations, after the change is committed: they re-read the annotations, so it goes or comes live.
 */
@Component
class AnnotationVisibilitySignals {

    private static final Logger log = LoggerFactory.getLogger(AnnotationVisibilitySignals.class);

    private final VaadinServices services;

    AnnotationVisibilitySignals(VaadinServices services) {
        this.services = services;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void visibilityChanged(AnnotationVisibilityChanged e) {
        services.current().ifPresent(service -> {
            try {
                PlanTopics.announceEvent(service, e.planId(), PlanTopics.ANNOTATIONS);
            } catch (RuntimeException failure) {
                log.warn("Could not announce a moderated annotation of plan {}", e.planId(), failure);
            }
        });
    }
}
