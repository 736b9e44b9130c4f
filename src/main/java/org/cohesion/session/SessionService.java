package org.cohesion.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.people.CommunityService;
import org.cohesion.people.MyCommunity;
import org.cohesion.plan.PlanPermissions;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.UncheckedPlanReader;
import org.cohesion.security.CurrentUser;
import org.cohesion.session.internal.LiveSessionRepository;
import org.cohesion.session.internal.SessionAgendaItemRepository;
import org.cohesion.session.internal.SessionAttendanceRepository;
import org.cohesion.session.internal.SessionParticipantRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Live participatory sessions of plans. Planners of a plan's community schedule them (title, start, agenda) and
 * run them; members of the community join directly, anyone with the join code joins as a guest while the
 * session is live. Whoever joined holds a {@link SessionPass}; every call with a pass checks it through
 * {@link SessionGate} (so guest-callable methods are {@code permitAll()} at the method level). Host actions by
 * anyone else are refused with AccessDeniedException; bad input with ValidationException. After each committed
 * change a {@link SessionEvent} carries a snapshot to the open rooms. The host's live actions are in
 * {@link SessionHostService}, the raised hands in {@link SessionHandsService}.
 */
@Service
public class SessionService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_ITEMS = 30;
    public static final int MAX_GUEST_NAME = 60;
    public static final int MIN_TIMER_SECONDS = 1;
    public static final int MAX_TIMER_SECONDS = 3 * 60 * 60;
    public static final String BAD_CODE = "session.error.bad-code";

    private final LiveSessionRepository sessions;
    private final SessionAgendaItemRepository items;
    private final SessionParticipantRepository participants;
    private final SessionAttendanceRepository attendance;
    private final SessionGate gate;
    private final SessionChanges changes;
    private final PassSecrets secrets;
    private final PlanService plans;
    private final UncheckedPlanReader planReader;
    private final CommunityService communities;
    private final CurrentUser currentUser;
    private final Transactions transactions;

    SessionService(LiveSessionRepository sessions, SessionAgendaItemRepository items,
                   SessionParticipantRepository participants, SessionAttendanceRepository attendance,
                   SessionGate gate, SessionChanges changes, PassSecrets secrets, PlanService plans,
                   UncheckedPlanReader planReader, CommunityService communities, CurrentUser currentUser,
                   Transactions transactions) {
        this.sessions = sessions;
        this.items = items;
        this.participants = participants;
        this.attendance = attendance;
        this.gate = gate;
        this.changes = changes;
        this.secrets = secrets;
        this.plans = plans;
        this.planReader = planReader;
        this.communities = communities;
        this.currentUser = currentUser;
        this.transactions = transactions;
    }

    // ---------------------------------------------------------------- scheduling and lists

    /**
     * Schedules a session of a plan with its agenda; planners of the plan's community only. The scheduling
     * planner is its host. Returns the new session with its join code.
     */
    @PreAuthorize("isAuthenticated()")
    public SessionSummary schedule(long planId, String title, Instant startsAt, List<AgendaItemDraft> agenda,
                                   boolean guestsMayComment) {
        PlanPermissions plan = plans.permissions(planId);
        if (!plan.canManage()) {
            throw new AccessDeniedException("Not a planner of this plan's community");
        }
        String checkedTitle = title == null ? null : title.strip();
        List<AgendaItemDraft> drafts = agenda == null ? List.of() : agenda;
        Validation v = new Validation();
        v.required("title", checkedTitle).maxLength("title", checkedTitle, MAX_TITLE);
        if (startsAt == null) {
            v.reject("startsAt", "validation.required");
        }
        if (drafts.size() > MAX_ITEMS) {
            v.reject("agenda", "session.error.too-many-items", MAX_ITEMS);
        }
        List<AgendaItemDraft> checkedItems = new ArrayList<>();
        for (int i = 0; i < drafts.size() && i < MAX_ITEMS; i++) {
            AgendaItemDraft d = drafts.get(i);
            String itemTitle = d == null || d.title() == null ? null : d.title().strip();
            String field = "agenda." + i;
            v.required(field, itemTitle).maxLength(field, itemTitle, MAX_TITLE);
            if (d != null && d.planField() != null && !d.planField().isLongText()) {
                v.reject(field, "session.error.not-a-text");
            }
            if (d != null && d.annotationId() != null && d.annotationId() <= 0) {
                v.reject(field, "session.error.no-such-annotation");
            }
            checkedItems.add(d == null ? null : new AgendaItemDraft(itemTitle, d.planField(), d.annotationId()));
        }
        v.throwIfInvalid();
        long me = currentUser.requireId();
        Instant starts = startsAt.truncatedTo(ChronoUnit.MICROS);
        for (int attempt = 1; ; attempt++) {
            try {
                LiveSession saved = transactions.write(() -> {
                    LiveSession s = sessions.saveAndFlush(new LiveSession(planId, checkedTitle, starts,
                            uniqueJoinCode(), me, guestsMayComment, now()));
                    for (int i = 0; i < checkedItems.size(); i++) {
                        AgendaItemDraft d = checkedItems.get(i);
                        items.save(new SessionAgendaItem(s.getId(), i + 1, d.title(), d.planField(),
                                d.annotationId()));
                    }
                    items.flush();
                    return s;
                });
                return summary(saved, planReader.plan(planId).title());
            } catch (DataIntegrityViolationException e) {
                // the join code was taken at the same moment: draw another
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    /** The sessions of a plan the viewer may see, newest start first. */
    @PreAuthorize("isAuthenticated()")
    public List<SessionSummary> sessionsOfPlan(long planId) {
        plans.permissions(planId);
        String planTitle = planReader.plan(planId).title();
        return transactions.read(() -> sessions.findByPlanIdOrderByStartsAtDescIdDesc(planId).stream()
                .map(s -> summary(s, planTitle)).toList());
    }

    /** The live sessions of plans in the viewer's communities, earliest start first (for the start page). */
    @PreAuthorize("isAuthenticated()")
    public List<SessionSummary> liveSessionsForMe() {
        Set<Long> mine = communities.myCommunities().stream().map(MyCommunity::communityId)
                .collect(Collectors.toSet());
        if (mine.isEmpty()) {
            return List.of();
        }
        return transactions.read(() -> sessions.findWithPlanTitle(mine, SessionStatus.LIVE).stream()
                .map(row -> summary((LiveSession) row[0], (String) row[1])).toList());
    }

    /** A session of a plan the viewer may see (any status). */
    @PreAuthorize("isAuthenticated()")
    public SessionSummary session(long sessionId) {
        LiveSession s = find(sessionId);
        try {
            plans.permissions(s.getPlanId());
        } catch (ObjectNotFoundException e) {
            throw new ObjectNotFoundException("Session " + sessionId);
        }
        return summary(s, planReader.plan(s.getPlanId()).title());
    }

    /**
     * The session a join code belongs to, for the join page (anyone). Spaces, dashes and case do not matter. An
     * unknown code or that of an ended session is refused with {@value #BAD_CODE} at {@code code}.
     */
    @PreAuthorize("permitAll()")
    public SessionSummary findByCode(String code) {
        LiveSession s = byCode(code);
        return summary(s, planReader.plan(s.getPlanId()).title());
    }

    // ---------------------------------------------------------------- joining and leaving

    /**
     * Joins a session as the signed-in member of its plan's community (scheduled or live): the same participant
     * every time (also from several tabs or devices), and a new connection period. Refused when ended.
     */
    @PreAuthorize("isAuthenticated()")
    public SessionPass joinAsMember(long sessionId) {
        return memberPass(sessionId, true);
    }

    /**
     * The signed-in member's pass for the presenter view (the projector), like {@link #joinAsMember} but without a
     * connection period: the projector is not a person in the room and does not show in the session's record.
     */
    @PreAuthorize("isAuthenticated()")
    public SessionPass presenterPass(long sessionId) {
        return memberPass(sessionId, false);
    }

    private SessionPass memberPass(long sessionId, boolean attend) {
        LiveSession s = find(sessionId);
        try {
            plans.permissions(s.getPlanId());
        } catch (ObjectNotFoundException e) {
            throw new ObjectNotFoundException("Session " + sessionId);
        }
        if (s.getStatus() == SessionStatus.ENDED) {
            throw ValidationException.of("code", "session.error.ended");
        }
        long me = currentUser.requireId();
        String secret = secrets.memberSecret(sessionId, me);
        String hash = PassSecrets.hash(secret);
        SessionParticipant p;
        try {
            p = transactions.write(() -> {
                SessionParticipant existing = participants.findBySessionIdAndUserId(sessionId, me).orElse(null);
                SessionParticipant participant = existing != null ? existing
                        : participants.saveAndFlush(SessionParticipant.member(sessionId, me, hash, now()));
                participant.setSecretHash(hash);
                if (attend) {
                    attendance.save(new SessionAttendance(participant.getId(), now()));
                }
                participants.flush();
                return participant;
            });
        } catch (DataIntegrityViolationException e) {
            // joined at the same moment from another tab: that participant is ours
            p = transactions.write(() -> {
                SessionParticipant participant = participants.findBySessionIdAndUserId(sessionId, me).orElseThrow();
                if (attend) {
                    attendance.save(new SessionAttendance(participant.getId(), now()));
                }
                return participant;
            });
        }
        if (attend) {
            participantsChanged(sessionId);
        }
        return new SessionPass(sessionId, p.getId(), secret);
    }

    /**
     * Joins a live session as a guest with a display name (1 to {@value #MAX_GUEST_NAME} characters, kept as
     * plain text): always a new participant. Refused at {@code code} when the code is wrong or the session is not
     * live, at {@code displayName} when the name is missing or too long.
     */
    @PreAuthorize("permitAll()")
    public SessionPass joinAsGuest(String code, String displayName) {
        LiveSession s = byCode(code);
        String name = displayName == null ? null : displayName.strip();
        Validation v = new Validation();
        if (s.getStatus() != SessionStatus.LIVE) {
            v.reject("code", "session.error.not-live");
        }
        v.required("displayName", name).maxLength("displayName", name, MAX_GUEST_NAME);
        v.throwIfInvalid();
        String secret = secrets.guestSecret();
        SessionParticipant p = transactions.write(() -> {
            LiveSession fresh = find(s.getId());
            if (fresh.getStatus() != SessionStatus.LIVE) {
                throw ValidationException.of("code", "session.error.not-live");
            }
            SessionParticipant participant = participants.saveAndFlush(
                    SessionParticipant.guest(s.getId(), name, PassSecrets.hash(secret), now()));
            attendance.save(new SessionAttendance(participant.getId(), now()));
            return participant;
        });
        participantsChanged(s.getId());
        return new SessionPass(s.getId(), p.getId(), secret);
    }

    /**
     * Comes back with a pass after the connection was lost (or in a new tab): the same participant, with their
     * hand and votes, and a new connection period. Refused (ValidationException at {@code code}) once the session
     * has ended, so that its record's attendance stops at the end.
     */
    @PreAuthorize("permitAll()")
    public Participant rejoin(SessionPass pass) {
        Participant me = gate.verify(pass);
        if (find(me.sessionId()).getStatus() == SessionStatus.ENDED) {
            throw ValidationException.of("code", "session.error.ended");
        }
        transactions.write(() -> attendance.save(new SessionAttendance(me.participantId(), now())));
        participantsChanged(me.sessionId());
        return me;
    }

    /**
     * Leaves the room: closes one open connection period of the pass's participant. Needs only the pass's
     * secret (not the sign-in, nor a live session), so a tab closing after sign-out still leaves.
     */
    @PreAuthorize("permitAll()")
    public void leave(SessionPass pass) {
        SessionGate.Checked checked = gate.checkSecret(pass);
        boolean closed = transactions.write(() -> {
            List<SessionAttendance> open = attendance.findByParticipantIdAndLeftAtIsNullOrderByIdDesc(
                    checked.participant().getId());
            if (open.isEmpty()) {
                return false;
            }
            open.get(0).leave(now());
            return true;
        });
        if (closed) {
            participantsChanged(checked.session().getId());
        }
    }

    // ---------------------------------------------------------------- what the room shows

    /** Everything the room shows when it opens, for a valid pass. */
    @PreAuthorize("permitAll()")
    public RoomState room(SessionPass pass) {
        Participant me = gate.verify(pass);
        LiveSession s = find(me.sessionId());
        UncheckedPlanReader.PlanView plan = planReader.plan(s.getPlanId());
        List<AgendaItemView> agenda = transactions.read(() -> agendaOf(s));
        return new RoomState(s.getId(), s.getTitle(), s.getStatus(), s.getJoinCode(), s.getStartsAt(), plan.id(),
                plan.title(), plan.longTexts(), plan.drawings(), agenda, SessionChanges.state(s), changes.serverTime(),
                s.isGuestsMayComment(), me);
    }

    /** The session's participants in the order they first joined; present = connected now. */
    @PreAuthorize("permitAll()")
    public List<ParticipantView> participants(SessionPass pass) {
        return changes.participantsOf(gate.verify(pass).sessionId());
    }

    // ---------------------------------------------------------------- host actions

    /** Starts a scheduled session (host only): guests may join from now on. */
    @PreAuthorize("permitAll()")
    public LiveState start(SessionPass pass) {
        gate.requireHost(pass);
        return start(find(pass.sessionId()));
    }

    /** Starts a scheduled session as its host or a planner of the plan's community, without having joined. */
    @PreAuthorize("isAuthenticated()")
    public LiveState start(long sessionId) {
        LiveSession s = find(sessionId);
        requireHostBySignIn(s);
        return start(s);
    }

    /**
     * Ends a scheduled or live session (host only): every open connection period is closed and guests' passes
     * stop working. Its record stays.
     */
    @PreAuthorize("permitAll()")
    public LiveState end(SessionPass pass) {
        gate.requireHost(pass);
        return end(find(pass.sessionId()));
    }

    /** Ends a session as its host or a planner of the plan's community, without having joined. */
    @PreAuthorize("isAuthenticated()")
    public LiveState end(long sessionId) {
        LiveSession s = find(sessionId);
        requireHostBySignIn(s);
        return end(s);
    }

    /** Whether the pass's participant follows the host's focus (their consent; any time). */
    @PreAuthorize("permitAll()")
    public void setFollowing(SessionPass pass, boolean follows) {
        Participant me = gate.verify(pass);
        boolean changed = transactions.write(() -> {
            SessionParticipant p = participants.findById(me.participantId()).orElseThrow();
            if (p.isFollowsHost() == follows) {
                return false;
            }
            p.setFollowsHost(follows);
            participants.flush();
            return true;
        });
        if (changed) {
            participantsChanged(me.sessionId());
        }
    }

    // ---------------------------------------------------------------- helpers

    private LiveState start(LiveSession session) {
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw ValidationException.of("status", session.getStatus() == SessionStatus.LIVE
                    ? "session.error.already-live" : "session.error.ended");
        }
        return change(session.getId(), s -> {
            if (s.getStatus() != SessionStatus.SCHEDULED) {
                throw ValidationException.of("status", "session.error.already-live");
            }
            s.start(now());
        }, false);
    }

    private LiveState end(LiveSession session) {
        if (session.getStatus() == SessionStatus.ENDED) {
            throw ValidationException.of("status", "session.error.ended");
        }
        LiveState state = change(session.getId(), s -> {
            Instant now = now();
            s.end(now);
            attendance.closeAllOf(s.getId(), now);
        }, false);
        participantsChanged(session.getId());
        return state;
    }

    private void requireHostBySignIn(LiveSession s) {
        if (!gate.mayHost(s)) {
            throw new AccessDeniedException("Not the host of session " + s.getId());
        }
    }

    private LiveState change(long sessionId, java.util.function.Consumer<LiveSession> work, boolean liveOnly) {
        return changes.change(sessionId, work, liveOnly);
    }

    private void participantsChanged(long sessionId) {
        changes.participantsChanged(sessionId);
    }

    private List<AgendaItemView> agendaOf(LiveSession s) {
        return items.findBySessionIdOrderByPosition(s.getId()).stream()
                .map(i -> new AgendaItemView(i.getId(), i.getPosition(), i.getTitle(), i.getPlanField(),
                        i.getAnnotationId(), i.getCoveredAt(), Objects.equals(i.getId(), s.getCurrentItemId())))
                .toList();
    }

    private LiveSession byCode(String code) {
        String normalized = JoinCodes.normalize(code);
        if (normalized.isEmpty() || normalized.length() > JoinCodes.MAX_LENGTH) {
            throw ValidationException.of("code", BAD_CODE);
        }
        LiveSession s = transactions.read(() -> sessions.findByJoinCode(normalized).orElse(null));
        if (s == null || s.getStatus() == SessionStatus.ENDED) {
            throw ValidationException.of("code", BAD_CODE);
        }
        return s;
    }

    private LiveSession find(long sessionId) {
        return changes.find(sessionId);
    }

    private String uniqueJoinCode() {
        String code;
        do {
            code = JoinCodes.generate();
        } while (sessions.existsByJoinCode(code));
        return code;
    }

    static SessionSummary summary(LiveSession s, String planTitle) {
        return new SessionSummary(s.getId(), s.getPlanId(), planTitle, s.getTitle(), s.getStartsAt(), s.getStatus(),
                s.getJoinCode(), s.isGuestsMayComment(), s.getStartedAt(), s.getEndedAt());
    }

    private Instant now() {
        return changes.now();
    }
}
