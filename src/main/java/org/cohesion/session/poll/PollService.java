package org.cohesion.session.poll;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.plan.PlanPhase;
import org.cohesion.session.Participant;
import org.cohesion.session.SessionGate;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionStatus;
import org.cohesion.session.poll.internal.SessionPollBallotRepository;
import org.cohesion.session.poll.internal.SessionPollOptionRepository;
import org.cohesion.session.poll.internal.SessionPollRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Polls and dot-voting in live sessions. The host (see {@link SessionGate#requireHost}) creates polls as drafts,
 * opens and closes them; every participant — member or guest, by their session identity — casts one ballot per
 * open poll (guests only where the poll is open to guests). Every method takes the caller's {@link SessionPass}
 * and checks it through {@link SessionGate}, so all are {@code permitAll()} at the method level; host actions by
 * anyone else, forged passes included, are refused with AccessDeniedException, bad input with
 * ValidationException. After each committed change a {@link PollsChanged} carries the poll's snapshot to the
 * open rooms. A decision poll ({@code decides}) is meant as the plan's decision: it is created, opened and voted in
 * only while the session's plan is in {@link PlanPhase#DECISION} ({@value #DECISION_PHASE} otherwise).
 */
@Service
public class PollService {

    public static final int MAX_QUESTION = 300;
    public static final int MAX_OPTION = 200;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 20;
    public static final int MIN_DOTS = 1;
    public static final int MAX_DOTS = 20;
    /** The refusal of a second ballot: "You have voted already". */
    public static final String VOTED_ALREADY = "poll.error.voted-already";
    /** The refusal of a decision poll while the plan is not in its decision phase. */
    public static final String DECISION_PHASE = "poll.error.decision-phase";

    private final SessionPollRepository polls;
    private final SessionPollOptionRepository options;
    private final SessionPollBallotRepository ballots;
    private final PollSnapshots snapshots;
    private final SessionGate gate;
    private final SessionService sessions;
    private final Transactions transactions;
    private final Clock clock;

    PollService(SessionPollRepository polls, SessionPollOptionRepository options,
                SessionPollBallotRepository ballots, PollSnapshots snapshots, SessionGate gate,
                SessionService sessions, Transactions transactions, Clock clock) {
        this.polls = polls;
        this.options = options;
        this.ballots = ballots;
        this.snapshots = snapshots;
        this.gate = gate;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Creates an ordinary poll (not a decision poll) as a draft: see the method with {@code decides}. */
    @PreAuthorize("permitAll()")
    public PollView create(SessionPass pass, String question, PollKind kind, List<String> optionLabels,
                           Integer dots, boolean openToGuests) {
        return create(pass, question, kind, optionLabels, dots, openToGuests, false);
    }

    /**
     * Whether the pass's session's plan is in its decision phase now, so that decision polls may be created and
     * opened (any valid pass).
     */
    @PreAuthorize("permitAll()")
    public boolean decisionPhase(SessionPass pass) {
        gate.verify(pass);
        return inDecision(pass);
    }

    /**
     * Creates a poll as a draft (host only; not in an ended session): a question of up to {@value #MAX_QUESTION}
     * characters, {@value #MIN_OPTIONS} to {@value #MAX_OPTIONS} distinct options of up to {@value #MAX_OPTION}
     * characters (compared ignoring case and spacing), and for dot-voting the dots each participant spreads,
     * {@value #MIN_DOTS} to {@value #MAX_DOTS} ({@code dots} is ignored for the other kinds). Refusals name the
     * field: question, kind, options (count), options.i (the i-th option), dots. A decision poll ({@code decides})
     * only while the plan is in its decision phase ({@value #DECISION_PHASE} at {@code decides} otherwise).
     */
    @PreAuthorize("permitAll()")
    public PollView create(SessionPass pass, String question, PollKind kind, List<String> optionLabels,
                           Integer dots, boolean openToGuests, boolean decides) {
        gate.requireHost(pass);
        String q = clean(question);
        List<String> given = optionLabels == null ? List.of() : optionLabels;
        Validation v = new Validation();
        v.required("question", q).maxLength("question", q, MAX_QUESTION);
        if (kind == null) {
            v.reject("kind", "validation.required");
        }
        if (given.size() < MIN_OPTIONS) {
            v.reject("options", "poll.error.too-few-options", MIN_OPTIONS);
        } else if (given.size() > MAX_OPTIONS) {
            v.reject("options", "poll.error.too-many-options", MAX_OPTIONS);
        }
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size() && i < MAX_OPTIONS; i++) {
            String label = clean(given.get(i));
            String field = "options." + i;
            v.required(field, label).maxLength(field, label, MAX_OPTION);
            if (label != null && !label.isEmpty() && !seen.add(sameness(label))) {
                v.reject(field, "poll.error.duplicate-option");
            }
            labels.add(label);
        }
        if (kind == PollKind.DOTS && (dots == null || dots < MIN_DOTS || dots > MAX_DOTS)) {
            v.reject("dots", "poll.error.dots-range", MIN_DOTS, MAX_DOTS);
        }
        v.throwIfInvalid();
        if (sessions.room(pass).status() == SessionStatus.ENDED) {
            throw ValidationException.of("status", "session.error.ended");
        }
        if (decides && !inDecision(pass)) {
            throw ValidationException.of("decides", DECISION_PHASE);
        }
        long pollId = transactions.write(() -> {
            SessionPoll poll = polls.saveAndFlush(new SessionPoll(pass.sessionId(), q, kind,
                    kind == PollKind.DOTS ? dots : null, openToGuests, decides, now()));
            for (int i = 0; i < labels.size(); i++) {
                options.save(new SessionPollOption(poll.getId(), i + 1, labels.get(i)));
            }
            options.flush();
            return poll.getId();
        });
        return new PollView(snapshots.publish(pollId), Map.of());
    }

    /**
     * Opens a draft poll for votes (host only; live sessions only; a decision poll only while the plan is in its
     * decision phase).
     */
    @PreAuthorize("permitAll()")
    public PollSnapshot open(SessionPass pass, long pollId) {
        gate.requireHost(pass);
        if (sessions.room(pass).status() != SessionStatus.LIVE) {
            throw ValidationException.of("status", "session.error.not-live");
        }
        transactions.write(() -> {
            SessionPoll poll = find(pass.sessionId(), pollId);
            if (poll.getStatus() != PollStatus.DRAFT) {
                throw ValidationException.of("status", poll.getStatus() == PollStatus.OPEN
                        ? "poll.error.already-open" : "poll.error.closed");
            }
            if (poll.isDecides() && !inDecision(pass)) {
                throw ValidationException.of("poll", DECISION_PHASE);
            }
            poll.open(now());
            polls.flush();
            return null;
        });
        return snapshots.publish(pollId);
    }

    /** Closes an open poll (host only): no more votes; its results stay. */
    @PreAuthorize("permitAll()")
    public PollSnapshot close(SessionPass pass, long pollId) {
        gate.requireHost(pass);
        transactions.write(() -> {
            SessionPoll poll = find(pass.sessionId(), pollId);
            if (poll.getStatus() != PollStatus.OPEN) {
                throw ValidationException.of("status", poll.getStatus() == PollStatus.DRAFT
                        ? "poll.error.not-open" : "poll.error.closed");
            }
            poll.close(now());
            polls.flush();
            return null;
        });
        return snapshots.publish(pollId);
    }

    /**
     * Casts the pass's participant's ballot in an open poll: option id → dots. Single choice: exactly one option
     * with 1; multiple choice: one or more options with 1 each; dot-voting: each chosen option at least 1 dot,
     * 1 to the poll's dots in all. Refused: a poll that is not open ({@code poll}), options of another poll or
     * bad dots ({@code votes}), a second ballot ({@value #VOTED_ALREADY} at {@code poll}, also when two arrive at
     * the same moment), a decision poll once the plan has left its decision phase ({@value #DECISION_PHASE} at
     * {@code poll}); a guest in a poll not open to guests with AccessDeniedException. Returns the poll with the
     * results including this ballot.
     */
    @PreAuthorize("permitAll()")
    public PollView vote(SessionPass pass, long pollId, Map<Long, Integer> votes) {
        Participant me = gate.verify(pass);
        Map<Long, Integer> given = votes == null ? Map.of() : new LinkedHashMap<>(votes);
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.write(() -> {
                    SessionPoll poll = find(me.sessionId(), pollId);
                    requireShown(me, poll);
                    if (poll.getStatus() != PollStatus.OPEN) {
                        throw ValidationException.of("poll", "poll.error.not-open");
                    }
                    if (poll.isDecides() && !inDecision(pass)) {
                        throw ValidationException.of("poll", DECISION_PHASE);
                    }
                    checkVotes(poll, given);
                    if (ballots.existsByPollIdAndParticipantId(pollId, me.participantId())) {
                        throw ValidationException.of("poll", VOTED_ALREADY);
                    }
                    ballots.saveAndFlush(new SessionPollBallot(pollId, me.participantId(), given, now()));
                    return null;
                });
                break;
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                // another ballot of the same participant was stored at the same moment (the unique key), or the
                // database gave up waiting for it: if one is there now, this is a second vote
                if (transactions.read(() -> ballots.existsByPollIdAndParticipantId(pollId, me.participantId()))) {
                    throw ValidationException.of("poll", VOTED_ALREADY);
                }
                if (e instanceof DataIntegrityViolationException || attempt >= 3) {
                    throw e;
                }
            }
        }
        return new PollView(snapshots.publish(pollId), given);
    }

    /**
     * The session's polls the pass's participant may see, newest first, each with its results and their own
     * votes: hosts see all, others no drafts, guests only polls open to guests.
     */
    @PreAuthorize("permitAll()")
    public SessionPolls polls(SessionPass pass) {
        Participant me = gate.verify(pass);
        List<PollView> views = transactions.read(() -> {
            List<PollSnapshot> shown = polls.findBySessionIdOrderByIdDesc(me.sessionId()).stream()
                    .map(snapshots::of).filter(s -> s.shownTo(me)).toList();
            Map<Long, Map<Long, Integer>> mine = new HashMap<>();
            if (!shown.isEmpty()) {
                ballots.ballotsOf(me.participantId(), shown.stream().map(PollSnapshot::id).toList())
                        .forEach(b -> mine.put(b.getPollId(), b.getVotes()));
            }
            return shown.stream().map(s -> new PollView(s, mine.getOrDefault(s.id(), Map.of()))).toList();
        });
        return new SessionPolls(me, views);
    }

    /**
     * One poll of the pass's session with its results: votes and dots per option, ballots, percentages. Drafts are
     * for hosts only (others: no such poll); a guest asking for a poll not open to guests is refused.
     */
    @PreAuthorize("permitAll()")
    public PollSnapshot results(SessionPass pass, long pollId) {
        Participant me = gate.verify(pass);
        return transactions.read(() -> {
            SessionPoll poll = find(me.sessionId(), pollId);
            requireShown(me, poll);
            return snapshots.of(poll);
        });
    }

    /**
     * The polls of a session that were put to the participants (drafts left out), oldest first, with their
     * results: for the record of a session of a plan the signed-in viewer may see.
     */
    @PreAuthorize("isAuthenticated()")
    public List<PollSnapshot> putToParticipants(long sessionId) {
        sessions.session(sessionId);
        return transactions.read(() -> polls.findBySessionIdOrderByIdDesc(sessionId).stream()
                .map(snapshots::of).filter(p -> p.status() != PollStatus.DRAFT)
                .sorted(java.util.Comparator.comparingLong(PollSnapshot::id)).toList());
    }

    // ---------------------------------------------------------------- helpers

    /** Whether the plan of the pass's session is in its decision phase now (the pass is verified by the caller). */
    private boolean inDecision(SessionPass pass) {
        return transactions.read(() -> polls.phaseOfPlan(pass.sessionId())) == PlanPhase.DECISION;
    }

    private void checkVotes(SessionPoll poll, Map<Long, Integer> given) {
        Set<Long> ids = new HashSet<>();
        options.findByPollIdOrderByPosition(poll.getId()).forEach(o -> ids.add(o.getId()));
        Validation v = new Validation();
        int total = 0;
        boolean allOnes = true;
        for (Map.Entry<Long, Integer> e : given.entrySet()) {
            if (e.getKey() == null || !ids.contains(e.getKey())) {
                v.reject("votes", "poll.error.no-such-option");
            }
            Integer n = e.getValue();
            if (n == null || n < 1) {
                v.reject("votes", "poll.error.bad-dots");
            } else {
                total += Math.min(n, MAX_DOTS + 1);
                allOnes &= n == 1;
            }
        }
        if (given.isEmpty()) {
            v.reject("votes", "poll.error.no-choice");
        }
        switch (poll.getKind()) {
            case SINGLE -> {
                if (given.size() != 1 || !allOnes) {
                    v.reject("votes", "poll.error.single");
                }
            }
            case MULTIPLE -> {
                if (!allOnes) {
                    v.reject("votes", "poll.error.multiple");
                }
            }
            case DOTS -> {
                if (total > poll.getDots()) {
                    v.reject("votes", "poll.error.too-many-dots", poll.getDots());
                }
            }
        }
        v.throwIfInvalid();
    }

    /** The poll of the session, or "no such poll" (also for a poll of another session). */
    private SessionPoll find(long sessionId, long pollId) {
        return polls.findById(pollId).filter(p -> p.getSessionId() == sessionId)
                .orElseThrow(() -> ValidationException.of("poll", "poll.error.no-such-poll"));
    }

    /** Drafts are the hosts' business (no such poll to others); polls not open to guests are not a guest's. */
    private static void requireShown(Participant me, SessionPoll poll) {
        if (me.host()) {
            return;
        }
        if (poll.getStatus() == PollStatus.DRAFT) {
            throw ValidationException.of("poll", "poll.error.no-such-poll");
        }
        if (me.guest() && !poll.isOpenToGuests()) {
            throw new AccessDeniedException("Poll " + poll.getId() + " is for members only");
        }
    }

    /** Stripped, with runs of white space as one space; null stays null. */
    private static String clean(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }

    /** What makes two options the same: letters regardless of case, width and composed form. */
    private static String sameness(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Now, to the microsecond the database keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
