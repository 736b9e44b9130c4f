package org.cohesion.session;

import java.util.List;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.Transactions;
import org.cohesion.people.UncheckedDisplayNames;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CurrentUser;
import org.cohesion.session.internal.LiveSessionRepository;
import org.cohesion.session.internal.SessionParticipantRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Checks session passes, for {@link SessionService} and for features built on sessions (polls). A pass is
 * valid when its participant belongs to its session and its secret matches; a member's pass only while the
 * same member is signed in, a guest's only while the session is live (guest access ends with the session).
 * A forged or expired pass is refused with {@link AccessDeniedException}, never told apart.
 */
@Component
public class SessionGate {

    private final SessionParticipantRepository participants;
    private final LiveSessionRepository sessions;
    private final UncheckedDisplayNames names;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private final Transactions transactions;

    SessionGate(SessionParticipantRepository participants, LiveSessionRepository sessions,
                UncheckedDisplayNames names, PlanService plans, CurrentUser currentUser, Transactions transactions) {
        this.participants = participants;
        this.sessions = sessions;
        this.names = names;
        this.plans = plans;
        this.currentUser = currentUser;
        this.transactions = transactions;
    }

    /** The participant the pass stands for; AccessDeniedException when it is forged or no longer valid. */
    public Participant verify(SessionPass pass) {
        Checked checked = check(pass);
        SessionParticipant p = checked.participant();
        LiveSession session = checked.session();
        if (p.isGuest()) {
            return new Participant(p.getId(), session.getId(), null, p.getGuestName(), true, false);
        }
        long userId = p.getUserId();
        String name = names.of(List.of(userId)).getOrDefault(userId, "");
        return new Participant(p.getId(), session.getId(), userId, name, false, mayHost(session));
    }

    /**
     * Refuses (AccessDeniedException) unless the pass is valid and stands for the session's host or a planner of
     * the plan's community.
     */
    public void requireHost(SessionPass pass) {
        if (!verify(pass).host()) {
            throw new AccessDeniedException("Not the host of session " + pass.sessionId());
        }
    }

    /**
     * Whether a valid pass of a <em>live</em> session of the plan (for the plan's drawings in the room);
     * AccessDeniedException when the pass is forged or expired.
     */
    public boolean mayViewPlan(SessionPass pass, long planId) {
        Checked checked = check(pass);
        return checked.session().getPlanId() == planId && checked.session().getStatus() == SessionStatus.LIVE;
    }

    /** Whether the signed-in person may run the session: its host or a planner of the plan's community. */
    boolean mayHost(LiveSession session) {
        var me = currentUser.find();
        if (me.isEmpty()) {
            return false;
        }
        if (me.get().id() == session.getHostId()) {
            return true;
        }
        try {
            return plans.permissions(session.getPlanId()).canManage();
        } catch (ObjectNotFoundException | AccessDeniedException e) {
            return false;
        }
    }

    /** The pass's participant and session, with the secret checked but not who is signed in: for leaving only. */
    Checked checkSecret(SessionPass pass) {
        if (pass == null) {
            throw new AccessDeniedException("No session pass");
        }
        return transactions.read(() -> {
            SessionParticipant p = participants.findById(pass.participantId()).orElse(null);
            if (p == null || p.getSessionId() != pass.sessionId() || !PassSecrets.matches(pass.secret(),
                    p.getSecretHash())) {
                throw new AccessDeniedException("Invalid session pass");
            }
            LiveSession session = sessions.findById(p.getSessionId())
                    .orElseThrow(() -> new AccessDeniedException("Invalid session pass"));
            return new Checked(p, session);
        });
    }

    Checked check(SessionPass pass) {
        Checked checked = checkSecret(pass);
        SessionParticipant p = checked.participant();
        if (p.isGuest()) {
            if (checked.session().getStatus() != SessionStatus.LIVE) {
                throw new AccessDeniedException("Guest pass of a session that is not live");
            }
        } else {
            Long me = currentUser.find().map(u -> u.id()).orElse(null);
            if (me == null || me.longValue() != p.getUserId()) {
                throw new AccessDeniedException("Member pass of someone else");
            }
        }
        return checked;
    }

    record Checked(SessionParticipant participant, LiveSession session) {
    }
}
