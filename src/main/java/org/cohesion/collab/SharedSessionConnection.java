package org.cohesion.collab;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.TopicConnectionRegistration;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cohesion.collab.SessionTopics.SessionSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Collaboration Engine connection of a UI to a session's topic, shared by the UI's components that listen
 * to it ({@link SessionTopics#connect}): opened when the first starts listening, closed when the last stops. Kept
 * as data of the UI. Used with the UI locked (attach, detach and Collaboration Engine's callbacks all hold it).
 */
final class SharedSessionConnection {

    private static final Logger log = LoggerFactory.getLogger(SharedSessionConnection.class);

    private final UI ui;
    private final long sessionId;
    private final List<SessionSignal> listeners = new CopyOnWriteArrayList<>();
    private TopicConnectionRegistration registration;
    private volatile boolean active;

    private SharedSessionConnection(UI ui, long sessionId) {
        this.ui = ui;
        this.sessionId = sessionId;
    }

    /** The UI's connection to the session's topic (not opened until someone listens). */
    static SharedSessionConnection of(UI ui, long sessionId) {
        String key = key(sessionId);
        SharedSessionConnection shared = (SharedSessionConnection) ComponentUtil.getData(ui, key);
        if (shared == null) {
            shared = new SharedSessionConnection(ui, sessionId);
            ComponentUtil.setData(ui, key, shared);
        }
        return shared;
    }

    boolean active() {
        return active;
    }

    void add(SessionSignal listener) {
        listeners.add(listener);
        if (registration == null) {
            open();
        } else if (active) {
            // joins a connection that is already live: it has to catch up like any newly connected listener
            listener.onConnected.run();
        }
    }

    void remove(SessionSignal listener) {
        listeners.remove(listener);
        if (listeners.isEmpty() && registration != null) {
            TopicConnectionRegistration open = registration;
            registration = null;
            active = false;
            ComponentUtil.setData(ui, key(sessionId), null);
            open.remove();
        }
    }

    private void open() {
        UserInfo nobody = new UserInfo("session-listener-" + UUID.randomUUID());
        registration = CollaborationEngine.getInstance().openTopicConnection(ui, SessionTopics.topic(sessionId),
                nobody, connection -> {
                    boolean[] subscribed = {false};
                    Registration subscription = connection.getNamedMap(SessionTopics.MAP).subscribe(e -> {
                        // the first calls replay the current values: not changes
                        if (subscribed[0]) {
                            SessionTopics.Change change = SessionTopics.change(e);
                            for (SessionSignal listener : listeners) {
                                deliver(() -> listener.onChange.accept(change));
                            }
                        }
                    });
                    subscribed[0] = true;
                    active = true;
                    for (SessionSignal listener : listeners) {
                        deliver(listener.onConnected);
                    }
                    return () -> {
                        subscription.remove();
                        active = false;
                    };
                });
    }

    /** One listener's failure must not keep the change from the others. */
    private void deliver(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.warn("A listener of session {} failed", sessionId, e);
        }
    }

    private static String key(long sessionId) {
        return SharedSessionConnection.class.getName() + "." + sessionId;
    }
}
