package org.cohesion.session.ui;

import jakarta.servlet.http.HttpSession;
import org.cohesion.plan.ui.DrawingGuestAccess;
import org.cohesion.session.SessionGate;
import org.cohesion.session.SessionPass;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Lets a browser holding a valid pass of a live session of a plan (kept by {@link SessionPasses} in its HTTP
 * session) load that plan's drawings, so guests see them in the room.
 */
@Component
class SessionDrawingAccess implements DrawingGuestAccess {

    private final SessionGate gate;

    SessionDrawingAccess(SessionGate gate) {
        this.gate = gate;
    }

    @Override
    public boolean mayView(long planId, HttpSession session) {
        for (SessionPass pass : SessionPasses.in(session)) {
            try {
                if (gate.mayViewPlan(pass, planId)) {
                    return true;
                }
            } catch (AccessDeniedException e) {
                // an expired pass: try the others
            }
        }
        return false;
    }
}
