package org.cohesion.plan.ui;

import jakarta.servlet.http.HttpSession;

/**
 * Lets a request from someone who may not see a plan as a member still load its drawings, for features that show
 * a plan to guests (a live session's room). Implementations are Spring beans, so the plan feature never depends
 * on them; {@link DrawingImageController} asks them only after the member check failed.
 */
public interface DrawingGuestAccess {

    /** Whether the browser with this HTTP session (null when it has none) may load the drawings of the plan. */
    boolean mayView(long planId, HttpSession session);
}
