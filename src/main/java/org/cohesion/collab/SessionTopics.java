package org.cohesion.collab;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.collaborationengine.MapChangeEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Collaboration Engine topic of a live session ({@code session/{id}}): one named map whose keys ({@link #STATE},
 * {@link #PARTICIPANTS}, {@link #HANDS}, {@link #FOLLOW}, {@link #POLLS} …) are put after each committed change,
 * each carrying a small snapshot of what changed, so that hundreds of open rooms update without each re-reading the
 * database. The topic is a cache: the database is the truth, and after a restart the topic is empty and rooms read
 * the database when they open.
 */
public final class SessionTopics {

    /** The map of the session's topic. */
    public static final String MAP = "session";
    /** Status, current agenda item, focus and timer. */
    public static final String STATE = "state";
    /** Who takes part, who is present, who follows the host. */
    public static final String PARTICIPANTS = "participants";
    /** The raised-hand queue and the called speaker. */
    public static final String HANDS = "hands";
    /** The host asked everyone to follow (each participant is asked for consent). */
    public static final String FOLLOW = "follow";
    /** Polls of the session (for the polls feature). */
    public static final String POLLS = "polls";
    /** Key: a comment written in the room, or whether guests may comment changed. */
    public static final String COMMENTS = "comments";

    private SessionTopics() {
    }

    /** The topic of a session. */
    public static String topic(long sessionId) {
        return "session/" + sessionId;
    }

    /**
     * Puts a value (a small JSON-serialisable record) under a key of a session's map, from any thread: a
     * short-lived connection in the always-active system context of the service's Collaboration Engine.
     */
    public static void announce(VaadinService service, long sessionId, String key, Object value) {
        SystemSignals.put(service, topic(sessionId), MAP, key, value);
    }

    /** A change of one key of a session's map. */
    public interface Change {

        String key();

        /**
         * The new value, read as the given type (null when removed); read once for all listeners of the change, so
         * treat it as read-only.
         */
        <T> T value(Class<T> type);
    }

    /**
     * Connects a component to a session's topic while it is attached (again after each re-attach, until
     * {@link SessionSignal#remove()}): {@code onChange} (with the UI locked) for every change made after connecting,
     * and {@code onConnected} each time the connection becomes active (so that a room re-reads what it missed while
     * detached). All components of one UI listening to one session share a single Collaboration Engine connection
     * (the room, its polls panel, the presenter view and its board): each change is delivered to a UI once, not once
     * per component. The connection uses an identity of its own that shows nobody.
     */
    public static SessionSignal connect(Component context, long sessionId, java.util.function.Consumer<Change> onChange,
                                        Runnable onConnected) {
        SessionSignal signal = new SessionSignal(sessionId, onChange, onConnected);
        signal.attachRegistration = context.addAttachListener(e -> signal.attach(e.getUI()));
        signal.detachRegistration = context.addDetachListener(e -> signal.detach());
        context.getUI().filter(ui -> context.isAttached()).ifPresent(signal::attach);
        return signal;
    }

    /** A change as the shared connection's subscription gives it to every listening component. */
    static Change change(MapChangeEvent e) {
        return new Change() {
            @Override
            public String key() {
                return e.getKey();
            }

            @Override
            public <T> T value(Class<T> type) {
                return read(e, type);
            }
        };
    }

    /** The value read last per type, with the JSON node it was read from (shared by every listener). */
    private static final Map<Class<?>, Read> LAST_READ = new ConcurrentHashMap<>();

    private record Read(JsonNode node, Object value) {
    }

    /**
     * Reads a change's value once for all listeners: every room listening to a session gets the same JSON node for
     * one change, so the first converts it and the others reuse the result (300 rooms, one conversion). The value
     * is shared: listeners treat it as read-only.
     */
    private static <T> T read(MapChangeEvent e, Class<T> type) {
        JsonNode node = e.getValue(JsonNode.class);
        if (node == null) {
            return null;
        }
        Read last = LAST_READ.get(type);
        if (last != null && last.node() == node) {
            return type.cast(last.value());
        }
        T value = e.getValue(type);
        LAST_READ.put(type, new Read(node, value));
        return value;
    }

    /** A component's listening to a session's topic: whether it is connected right now; {@link #remove()} stops it. */
    public static final class SessionSignal {

        final long sessionId;
        final java.util.function.Consumer<Change> onChange;
        final Runnable onConnected;
        private SharedSessionConnection shared;
        private Registration attachRegistration;
        private Registration detachRegistration;
        private boolean removed;

        private SessionSignal(long sessionId, java.util.function.Consumer<Change> onChange, Runnable onConnected) {
            this.sessionId = sessionId;
            this.onChange = onChange;
            this.onConnected = onConnected;
        }

        public boolean connected() {
            SharedSessionConnection current = shared;
            return current != null && current.active();
        }

        /** Stops listening, also after a later re-attach. */
        public void remove() {
            removed = true;
            detach();
            if (attachRegistration != null) {
                attachRegistration.remove();
                detachRegistration.remove();
            }
        }

        private void attach(UI ui) {
            if (!removed && shared == null) {
                shared = SharedSessionConnection.of(ui, sessionId);
                shared.add(this);
            }
        }

        private void detach() {
            if (shared != null) {
                shared.remove(this);
                shared = null;
            }
        }
    }
}
