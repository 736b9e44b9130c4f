package org.cohesion.session;

import java.time.Instant;
import org.cohesion.annotation.UncheckedAnnotationReader;
import org.cohesion.base.ValidationException;
import org.cohesion.plan.PlanField;
import org.cohesion.session.internal.SessionAgendaItemRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the host does while a session is live: the current agenda item, the focus, the timer, asking everyone to
 * follow. Every method re-checks the pass through {@link SessionGate#requireHost} (so they are
 * {@code permitAll()} at the method level): anyone else is refused with AccessDeniedException, bad input with
 * ValidationException. Starting and ending are in {@link SessionService}; the hand queue in
 * {@link SessionHandsService}.
 */
@Service
public class SessionHostService {

    private final SessionAgendaItemRepository items;
    private final SessionGate gate;
    private final SessionChanges changes;
    private final UncheckedAnnotationReader annotations;

    SessionHostService(SessionAgendaItemRepository items, SessionGate gate, SessionChanges changes,
                       UncheckedAnnotationReader annotations) {
        this.items = items;
        this.annotations = annotations;
        this.gate = gate;
        this.changes = changes;
    }

    /** Makes an agenda item of the session the current one for all (host only) and puts the focus on it. */
    @PreAuthorize("permitAll()")
    public LiveState setCurrentItem(SessionPass pass, long itemId) {
        gate.requireHost(pass);
        return changes.change(pass.sessionId(), s -> {
            SessionAgendaItem item = items.findById(itemId).filter(i -> i.getSessionId() == s.getId())
                    .orElseThrow(() -> ValidationException.of("item", "session.error.no-such-item"));
            Instant now = changes.now();
            item.cover(now);
            s.setCurrentItem(item.getId());
            s.focus(FocusKind.ITEM, String.valueOf(item.getId()), now);
        });
    }

    /**
     * Puts everyone's focus (host only) on an agenda item (its id), a long text of the plan (a PlanField name) or
     * an annotation (its id). Followers' views move there.
     */
    @PreAuthorize("permitAll()")
    public LiveState setFocus(SessionPass pass, FocusKind kind, String ref) {
        gate.requireHost(pass);
        String checked = ref == null ? "" : ref.strip();
        return changes.change(pass.sessionId(), s -> {
            if (kind == null) {
                throw ValidationException.of("focus", "validation.required");
            }
            switch (kind) {
                case ITEM -> {
                    Long id = parseId(checked);
                    if (id == null || items.findById(id).filter(i -> i.getSessionId() == s.getId()).isEmpty()) {
                        throw ValidationException.of("focus", "session.error.no-such-item");
                    }
                }
                case SECTION -> {
                    PlanField field = parseField(checked);
                    if (field == null || !field.isLongText()) {
                        throw ValidationException.of("focus", "session.error.not-a-text");
                    }
                }
                case ANNOTATION -> {
                    Long id = parseId(checked);
                    if (id == null || !annotations.isPinOrArea(s.getPlanId(), id)) {
                        throw ValidationException.of("focus", "session.error.no-such-annotation");
                    }
                }
            }
            s.focus(kind, checked, changes.now());
        });
    }

    /** Starts (or restarts) the countdown for everyone, 1 second to 3 hours (host only). */
    @PreAuthorize("permitAll()")
    public LiveState startTimer(SessionPass pass, int seconds) {
        gate.requireHost(pass);
        if (seconds < SessionService.MIN_TIMER_SECONDS || seconds > SessionService.MAX_TIMER_SECONDS) {
            throw ValidationException.of("seconds", "session.error.timer-range", SessionService.MIN_TIMER_SECONDS,
                    SessionService.MAX_TIMER_SECONDS / 60);
        }
        return changes.change(pass.sessionId(), s -> s.startTimer(seconds, changes.now()));
    }

    /** Stops the countdown (host only). */
    @PreAuthorize("permitAll()")
    public LiveState stopTimer(SessionPass pass) {
        gate.requireHost(pass);
        return changes.change(pass.sessionId(), LiveSession::stopTimer);
    }

    /** Asks everyone in the room whether they will follow the host's focus (host only); each may say "not now". */
    @PreAuthorize("permitAll()")
    public void askToFollow(SessionPass pass) {
        gate.requireHost(pass);
        SessionChanges.requireLive(changes.find(pass.sessionId()));
        changes.followRequested(pass.sessionId());
    }

    private static Long parseId(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.parseLong(text);
    }

    private static PlanField parseField(String text) {
        try {
            return PlanField.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
