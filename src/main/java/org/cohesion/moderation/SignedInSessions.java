package org.cohesion.moderation;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cohesion.security.CohesionUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;

/**
 * The servlet sessions of this node, so that blocking a person ends their signed-in sessions at once: each of
 * their sessions (found by the signed-in person Spring Security keeps in it) is invalidated, which closes its
 * Vaadin session and UIs; the next request needs a new sign-in, which is refused. In memory, per node.
 */
@Configuration
public class SignedInSessions {

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    /** Makes the servlet container report sessions created and destroyed as Spring events. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @EventListener
    public void created(HttpSessionCreatedEvent e) {
        track(e.getSession());
    }

    @EventListener
    public void destroyed(HttpSessionDestroyedEvent e) {
        sessions.remove(e.getId());
    }

    /** Sign-in changes the session id (against session fixation): follow the session under its new id. */
    @EventListener
    public void idChanged(HttpSessionIdChangedEvent e) {
        sessions.remove(e.getOldSessionId());
        if (e.getSource() instanceof HttpSession session) {
            track(session);
        }
    }

    /** Follows a session (sessions are followed from their creation; tests add the mocked ones). */
    public void track(HttpSession session) {
        sessions.put(session.getId(), session);
    }

    /** Invalidates every session in which this person is signed in; how many. */
    int end(long userId) {
        int ended = 0;
        for (HttpSession session : sessions.values()) {
            try {
                Object context = session.getAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                if (context instanceof SecurityContext sc && sc.getAuthentication() != null
                        && sc.getAuthentication().getPrincipal() instanceof CohesionUser u && u.id() == userId) {
                    sessions.remove(session.getId());
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalid) {
                sessions.remove(session.getId());
            }
        }
        return ended;
    }
}
