package org.cohesion.session;

import java.util.List;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.UncheckedAnnotationReader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The pins and areas on the drawings of a session's plan, for its room: every participant (guests included, with
 * their pass) sees them, read-only. Passes are checked through {@link SessionGate}.
 */
@Service
public class SessionPinsService {

    /** The most pins and areas a room shows (as many as the workspace draws over a drawing). */
    public static final int MAX_PINS = 2_000;

    private final SessionGate gate;
    private final SessionChanges changes;
    private final UncheckedAnnotationReader annotations;

    SessionPinsService(SessionGate gate, SessionChanges changes, UncheckedAnnotationReader annotations) {
        this.gate = gate;
        this.changes = changes;
        this.annotations = annotations;
    }

    /** The plan's pins and areas by number (at most {@value #MAX_PINS}), for a valid pass. */
    @PreAuthorize("permitAll()")
    public List<AnnotationInfo> pins(SessionPass pass) {
        Participant me = gate.verify(pass);
        return annotations.pinsAndAreas(changes.find(me.sessionId()).getPlanId(), MAX_PINS);
    }
}
