package org.cohesion.session;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.people.CommunityService;
import org.cohesion.people.MyCommunity;
import org.cohesion.people.UncheckedDisplayNames;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanPermissions;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.UncheckedPlanReader;
import org.cohesion.security.CurrentUser;
import org.cohesion.session.internal.LiveSessionRepository;
import org.cohesion.session.internal.SessionAgendaItemRepository;
import org.cohesion.session.internal.SessionAttendanceRepository;
import org.cohesion.session.internal.SessionHandRepository;
import org.cohesion.session.internal.SessionParticipantRepository;
import org.springframework.context.ApplicationEventPublisher;
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
 * change a {@link SessionEvent} carries a snapshot to the open rooms.
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
    private final SessionHandRepository hands;
    private final SessionGate gate;
    private final PassSecrets secrets;
    private final PlanService plans;
    private final UncheckedPlanReader planReader;
    private final UncheckedDisplayNames names;
    private final CommunityService communities;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SessionService(LiveSessionRepository sessions, SessionAgendaItemRepository items,
                   SessionParticipantRepository participants, SessionAttendanceRepository attendance,
                   SessionHandRepository hands, SessionGate gate, PassSecrets secrets, PlanService plans,
                   UncheckedPlanReader planReader, UncheckedDisplayNames names, CommunityService communities,
                   CurrentUser currentUser, Transactions transactions, Clock clock,
                   ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.items = items;
        this.participants = participants;
        this.attendance = attendance;
        this.hands = hands;
        this.gate = gate;
        this.secrets = secrets;
        this.plans = plans;
        this.planReader = planReader;
        this.names = names;
        this.communities = communities;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
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
                attendance.save(new SessionAttendance(participant.getId(), now()));
                participants.flush();
                return participant;
            });
        } catch (DataIntegrityViolationException e) {
            // joined at the same moment from another tab: that participant is ours
            p = transactions.write(() -> {
                SessionParticipant participant = participants.findBySessionIdAndUserId(sessionId, me).orElseThrow();
                attendance.save(new SessionAttendance(participant.getId(), now()));
                return participant;
            });
        }
        participantsChanged(sessionId);
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
     * hand and votes, and a new connection period.
     */
    @PreAuthorize("permitAll()")
    public Participant rejoin(SessionPass pass) {
        Participant me = gate.verify(pass);
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
                plan.title(), plan.longTexts(), plan.drawings(), agenda, state(s), clock.instant(),
                s.isGuestsMayComment(), me);
    }

    /** The session's participants in the order they first joined; present = connected now. */
    @PreAuthorize("permitAll()")
    public List<ParticipantView> participants(SessionPass pass) {
        return participantsOf(gate.verify(pass).sessionId());
    }

    /** The raised hands in the order they were raised; the called speaker is marked. */
    @PreAuthorize("permitAll()")
    public List<HandView> queue(SessionPass pass) {
        return queueOf(gate.verify(pass).sessionId());
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

    /** Makes an agenda item of the session the current one for all (host only) and puts the focus on it. */
    @PreAuthorize("permitAll()")
    public LiveState setCurrentItem(SessionPass pass, long itemId) {
        gate.requireHost(pass);
        return change(pass.sessionId(), s -> {
            SessionAgendaItem item = items.findById(itemId).filter(i -> i.getSessionId() == s.getId())
                    .orElseThrow(() -> ValidationException.of("item", "session.error.no-such-item"));
            Instant now = now();
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
        return change(pass.sessionId(), s -> {
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
                    if (parseId(checked) == null) {
                        throw ValidationException.of("focus", "session.error.no-such-annotation");
                    }
                }
            }
            s.focus(kind, checked, now());
        });
    }

    /** Starts (or restarts) the countdown for everyone, 1 second to 3 hours (host only). */
    @PreAuthorize("permitAll()")
    public LiveState startTimer(SessionPass pass, int seconds) {
        gate.requireHost(pass);
        if (seconds < MIN_TIMER_SECONDS || seconds > MAX_TIMER_SECONDS) {
            throw ValidationException.of("seconds", "session.error.timer-range", MIN_TIMER_SECONDS,
                    MAX_TIMER_SECONDS / 60);
        }
        return change(pass.sessionId(), s -> s.startTimer(seconds, now()));
    }

    /** Stops the countdown (host only). */
    @PreAuthorize("permitAll()")
    public LiveState stopTimer(SessionPass pass) {
        gate.requireHost(pass);
        return change(pass.sessionId(), LiveSession::stopTimer);
    }

    /** Asks everyone in the room whether they will follow the host's focus (host only); each may say "not now". */
    @PreAuthorize("permitAll()")
    public void askToFollow(SessionPass pass) {
        gate.requireHost(pass);
        LiveSession s = find(pass.sessionId());
        requireLive(s);
        events.publishEvent(new SessionEvent.FollowRequested(s.getId(), System.nanoTime()));
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

    // ---------------------------------------------------------------- raised hands

    /** Raises the pass's participant's hand (once: raising again keeps its place). Live sessions only. */
    @PreAuthorize("permitAll()")
    public void raiseHand(SessionPass pass) {
        Participant me = gate.verify(pass);
        requireLive(find(me.sessionId()));
        boolean raised = transactions.write(() -> {
            if (hands.findFirstByParticipantIdAndLoweredAtIsNull(me.participantId()).isPresent()) {
                return false;
            }
            hands.saveAndFlush(new SessionHand(me.sessionId(), me.participantId(), now()));
            return true;
        });
        if (raised) {
            handsChanged(me.sessionId());
        }
    }

    /** Lowers the pass's participant's hand (also when they were called and have finished speaking). */
    @PreAuthorize("permitAll()")
    public void lowerHand(SessionPass pass) {
        Participant me = gate.verify(pass);
        boolean lowered = transactions.write(() -> hands.findFirstByParticipantIdAndLoweredAtIsNull(
                me.participantId()).map(h -> {
                    h.lower(now());
                    return true;
                }).orElse(false));
        if (lowered) {
            handsChanged(me.sessionId());
        }
    }

    /**
     * Calls the next speaker (host only): the called speaker's hand is lowered and the hand raised longest ago
     * is called. Returns the new speaker, or null when nobody is waiting.
     */
    @PreAuthorize("permitAll()")
    public HandView callNext(SessionPass pass) {
        gate.requireHost(pass);
        long sessionId = pass.sessionId();
        requireLive(find(sessionId));
        Long calledId = transactions.write(() -> {
            Instant now = now();
            SessionHand next = null;
            for (SessionHand h : hands.findBySessionIdAndLoweredAtIsNullOrderByRaisedAtAscIdAsc(sessionId)) {
                if (h.getCalledAt() != null) {
                    h.lower(now);
                } else if (next == null) {
                    next = h;
                }
            }
            if (next != null) {
                next.call(now);
            }
            hands.flush();
            return next == null ? null : next.getId();
        });
        List<HandView> queue = handsChanged(sessionId);
        return calledId == null ? null
                : queue.stream().filter(h -> h.handId() == calledId).findFirst().orElse(null);
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

    private LiveState change(long sessionId, java.util.function.Consumer<LiveSession> work) {
        return change(sessionId, work, true);
    }

    /** Changes the session in a transaction (live sessions only, unless told otherwise) and announces the state. */
    private LiveState change(long sessionId, java.util.function.Consumer<LiveSession> work, boolean liveOnly) {
        LiveState state = transactions.write(() -> {
            LiveSession s = find(sessionId);
            if (liveOnly) {
                requireLive(s);
            }
            work.accept(s);
            sessions.flush();
            return state(s);
        });
        events.publishEvent(new SessionEvent.StateChanged(state));
        return state;
    }

    private static void requireLive(LiveSession s) {
        if (s.getStatus() != SessionStatus.LIVE) {
            throw ValidationException.of("status", "session.error.not-live");
        }
    }

    private void participantsChanged(long sessionId) {
        long seq = System.nanoTime();
        events.publishEvent(new SessionEvent.ParticipantsChanged(sessionId, participantsOf(sessionId), seq));
    }

    private List<HandView> handsChanged(long sessionId) {
        long seq = System.nanoTime();
        List<HandView> queue = queueOf(sessionId);
        events.publishEvent(new SessionEvent.HandsChanged(sessionId, queue, seq));
        return queue;
    }

    List<ParticipantView> participantsOf(long sessionId) {
        return transactions.read(() -> {
            LiveSession s = find(sessionId);
            List<SessionParticipant> all = participants.findBySessionIdOrderById(sessionId);
            Set<Long> present = new HashSet<>(attendance.presentParticipantIds(sessionId));
            Map<Long, String> memberNames = names.of(all.stream().map(SessionParticipant::getUserId)
                    .filter(Objects::nonNull).toList());
            return all.stream().map(p -> new ParticipantView(p.getId(),
                    p.isGuest() ? p.getGuestName() : memberNames.getOrDefault(p.getUserId(), ""), p.isGuest(),
                    !p.isGuest() && p.getUserId() == s.getHostId(), present.contains(p.getId()),
                    p.isFollowsHost())).toList();
        });
    }

    List<HandView> queueOf(long sessionId) {
        return transactions.read(() -> {
            List<SessionHand> up = hands.findBySessionIdAndLoweredAtIsNullOrderByRaisedAtAscIdAsc(sessionId);
            Map<Long, SessionParticipant> byId = new HashMap<>();
            participants.findAllById(up.stream().map(SessionHand::getParticipantId).toList())
                    .forEach(p -> byId.put(p.getId(), p));
            Map<Long, String> memberNames = names.of(byId.values().stream().map(SessionParticipant::getUserId)
                    .filter(Objects::nonNull).toList());
            return up.stream().map(h -> {
                SessionParticipant p = byId.get(h.getParticipantId());
                String name = p == null ? "" : p.isGuest() ? p.getGuestName()
                        : memberNames.getOrDefault(p.getUserId(), "");
                return new HandView(h.getId(), h.getParticipantId(), name, h.getRaisedAt(), h.getCalledAt() != null);
            }).toList();
        });
    }

    private List<AgendaItemView> agendaOf(LiveSession s) {
        return items.findBySessionIdOrderByPosition(s.getId()).stream()
                .map(i -> new AgendaItemView(i.getId(), i.getPosition(), i.getTitle(), i.getPlanField(),
                        i.getAnnotationId(), i.getCoveredAt(), Objects.equals(i.getId(), s.getCurrentItemId())))
                .toList();
    }

    private static LiveState state(LiveSession s) {
        Focus focus = s.getFocusKind() == null ? null : new Focus(s.getFocusKind(), s.getFocusRef(),
                s.getFocusChangedAt());
        return new LiveState(s.getId(), s.getStatus(), s.getCurrentItemId(), focus, s.getTimerEndsAt(),
                s.getTimerSeconds(), s.getVersion());
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
        return transactions.read(() -> sessions.findById(sessionId)
                .orElseThrow(() -> new ObjectNotFoundException("Session " + sessionId)));
    }

    private String uniqueJoinCode() {
        String code;
        do {
            code = JoinCodes.generate();
        } while (sessions.existsByJoinCode(code));
        return code;
    }

    private static SessionSummary summary(LiveSession s, String planTitle) {
        return new SessionSummary(s.getId(), s.getPlanId(), planTitle, s.getTitle(), s.getStartsAt(), s.getStatus(),
                s.getJoinCode(), s.isGuestsMayComment(), s.getStartedAt(), s.getEndedAt());
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

    /** Now, to the microsecond the database keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
