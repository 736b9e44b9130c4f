package org.cohesion.collab;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.TopicConnectionRegistration;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.server.VaadinService;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** Puts one value into a topic's map from any thread: a short-lived connection in the always-active system context. */
final class SystemSignals {

    private SystemSignals() {
    }

    static void put(VaadinService service, String topic, String map, String key, Object value) {
        CollaborationEngine engine = CollaborationEngine.getInstance(service);
        UserInfo system = new UserInfo("system-signal-" + UUID.randomUUID());
        AtomicReference<TopicConnectionRegistration> registration = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        registration.set(engine.openTopicConnection(engine.getSystemContext(), topic, system, connection -> {
            connection.getNamedMap(map).put(key, value).whenComplete((ok, error) -> {
                done.set(true);
                close(registration.get());
            });
            return null;
        }));
        if (done.get()) {
            close(registration.get());
        }
    }

    private static void close(TopicConnectionRegistration registration) {
        if (registration != null) {
            registration.remove();
        }
    }
}
