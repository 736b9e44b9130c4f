package org.cohesion.collab;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.TopicConnectionRegistration;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Collaboration Engine topics of one person. The notifications topic only says "changed": its key
 * {@link #CHANGED} gets a new token whenever the person's notifications change, and every UI of theirs that
 * is open re-reads them from the database. The token carries nothing else, so the topic reveals nothing.
 */
public final class UserTopics {

    /** Map in the notifications topic; key {@link #CHANGED} changes on every change. */
    public static final String NOTIFICATIONS_MAP = "notifications";
    public static final String CHANGED = "changed";

    private UserTopics() {
    }

    /** The topic through which a person's open UIs learn that their notifications changed. */
    public static String notifications(long userId) {
        return "user/" + userId + "/notifications";
    }

    /**
     * Tells a person's open UIs that their notifications changed, from any thread: a short-lived connection in
     * the always-active system context of the given service's Collaboration Engine puts a new token and closes.
     */
    public static void announceNotifications(VaadinService service, long userId) {
        CollaborationEngine engine = CollaborationEngine.getInstance(service);
        UserInfo system = new UserInfo("notification-signal-" + UUID.randomUUID());
        AtomicReference<TopicConnectionRegistration> registration = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        registration.set(engine.openTopicConnection(engine.getSystemContext(), notifications(userId), system,
                connection -> {
                    connection.getNamedMap(NOTIFICATIONS_MAP).put(CHANGED, UUID.randomUUID().toString())
                            .whenComplete((ok, error) -> {
                                done.set(true);
                                close(registration.get());
                            });
                    return null;
                }));
        if (done.get()) {
            // the put completed before openTopicConnection returned
            close(registration.get());
        }
    }

    /**
     * Connects a component to a person's notifications topic while it is attached: calls {@code onChange} (with
     * the UI locked) whenever their notifications change, and once each time the connection becomes active, so
     * that changes made while the component was detached are caught up. The connection uses an identity of its
     * own that shows nobody.
     */
    public static NotificationsSignal onNotificationsChanged(Component context, long userId, Runnable onChange) {
        NotificationsSignal signal = new NotificationsSignal();
        UserInfo nobody = new UserInfo("notification-listener-" + UUID.randomUUID());
        CollaborationEngine.getInstance().openTopicConnection(context, notifications(userId), nobody,
                connection -> {
                    var map = connection.getNamedMap(NOTIFICATIONS_MAP);
                    boolean[] subscribed = {false};
                    Registration subscription = map.subscribe(e -> {
                        // the first call replays the current value: not a change
                        if (subscribed[0] && CHANGED.equals(e.getKey())) {
                            onChange.run();
                        }
                    });
                    subscribed[0] = true;
                    signal.connected = true;
                    onChange.run();
                    return () -> {
                        subscription.remove();
                        signal.connected = false;
                    };
                });
        return signal;
    }

    /** Whether a component listening to a notifications topic is connected to it right now. */
    public static final class NotificationsSignal {

        private volatile boolean connected;

        private NotificationsSignal() {
        }

        /** Whether the connection is active (the component is attached and the connection activated). */
        public boolean connected() {
            return connected;
        }
    }

    private static void close(TopicConnectionRegistration registration) {
        if (registration != null) {
            registration.remove();
        }
    }
}
