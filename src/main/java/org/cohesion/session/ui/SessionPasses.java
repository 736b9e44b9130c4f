package org.cohesion.session.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cohesion.session.SessionPass;

/**
 * The session passes of this browser, kept in its HTTP session (so every tab has them, and the drawing endpoint
 * can let a guest load the drawings of the session's plan). One pass per live session.
 */
final class SessionPasses {

    static final String ATTRIBUTE = SessionPasses.class.getName();
    private static final String FRESH = SessionPasses.class.getName() + ".fresh.";

    private SessionPasses() {
    }

    static Optional<SessionPass> get(long sessionId) {
        return Optional.ofNullable(map(wrapped()).get(sessionId));
    }

    static void put(SessionPass pass) {
        WrappedSession session = wrapped();
        if (session != null) {
            Map<Long, SessionPass> copy = new HashMap<>(map(session));
            copy.put(pass.sessionId(), pass);
            session.setAttribute(ATTRIBUTE, copy);
        }
    }

    /**
     * Keeps a pass that was just issued by joining, and marks it fresh: the room it leads to uses it without
     * rejoining (which would open a second connection period for the same tab).
     */
    static void putFresh(SessionPass pass) {
        put(pass);
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null) {
            vaadin.setAttribute(FRESH + pass.sessionId(), Boolean.TRUE);
        }
    }

    /** Whether the pass of the session was just issued (and forgets that it was). */
    static boolean takeFresh(long sessionId) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin == null) {
            return false;
        }
        boolean fresh = vaadin.getAttribute(FRESH + sessionId) != null;
        vaadin.setAttribute(FRESH + sessionId, null);
        return fresh;
    }

    static void remove(long sessionId) {
        WrappedSession session = wrapped();
        if (session != null) {
            Map<Long, SessionPass> copy = new HashMap<>(map(session));
            copy.remove(sessionId);
            session.setAttribute(ATTRIBUTE, copy);
        }
    }

    /** The passes kept in an HTTP session (from outside Vaadin, e.g. the drawing endpoint). */
    @SuppressWarnings("unchecked")
    static Collection<SessionPass> in(jakarta.servlet.http.HttpSession session) {
        if (session == null) {
            return List.of();
        }
        Object value = session.getAttribute(ATTRIBUTE);
        return value instanceof Map<?, ?> m ? ((Map<Long, SessionPass>) m).values() : List.of();
    }

    private static WrappedSession wrapped() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        return vaadin == null ? null : vaadin.getSession();
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, SessionPass> map(WrappedSession session) {
        if (session == null) {
            return Map.of();
        }
        Object value = session.getAttribute(ATTRIBUTE);
        return value instanceof Map<?, ?> m ? (Map<Long, SessionPass>) m : Map.of();
    }
}
