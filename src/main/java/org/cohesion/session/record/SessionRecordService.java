package org.cohesion.session.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.Transactions;
import org.cohesion.base.ValidationException;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.PlanComment;
import org.cohesion.people.UncheckedDisplayNames;
import org.cohesion.session.AgendaItemView;
import org.cohesion.session.LiveSession;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionStatus;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.internal.LiveSessionRepository;
import org.cohesion.session.internal.SessionAgendaItemRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The record of an ended session, for members of its plan's community (signed in; guests' access ended with the
 * session, and anyone else is told the session does not exist). Read from the database only, so it is the same
 * after a restart. A session that has not ended has no record yet (ValidationException at {@code status}).
 */
@Service
public class SessionRecordService {

    /** The most annotations, and the most comments, a record lists. */
    public static final int MAX_ITEMS = 1_000;

    private final SessionService sessions;
    private final LiveSessionRepository liveSessions;
    private final SessionAgendaItemRepository items;
    private final AttendanceReader attendance;
    private final AnnotationService annotations;
    private final DiscussionService discussions;
    private final UncheckedDisplayNames names;
    private final ObjectProvider<SessionRecordSection> sections;
    private final Transactions transactions;

    SessionRecordService(SessionService sessions, LiveSessionRepository liveSessions,
                         SessionAgendaItemRepository items, AttendanceReader attendance,
                         AnnotationService annotations, DiscussionService discussions, UncheckedDisplayNames names,
                         ObjectProvider<SessionRecordSection> sections, Transactions transactions) {
        this.sessions = sessions;
        this.liveSessions = liveSessions;
        this.items = items;
        this.attendance = attendance;
        this.annotations = annotations;
        this.discussions = discussions;
        this.names = names;
        this.sections = sections;
        this.transactions = transactions;
    }

    /**
     * What the ended session left behind: attendance, the agenda with when each item became current, and the
     * annotations and comments made on its plan between its start and end (at most {@value #MAX_ITEMS} each).
     */
    @PreAuthorize("isAuthenticated()")
    public SessionRecord record(long sessionId) {
        SessionSummary summary = sessions.session(sessionId);
        if (summary.status() != SessionStatus.ENDED) {
            throw ValidationException.of("status", "session.record.not-ended");
        }
        LiveSession s = transactions.read(() -> liveSessions.findById(sessionId)
                .orElseThrow(() -> new ObjectNotFoundException("Session " + sessionId)));
        String hostName = names.of(List.of(s.getHostId())).getOrDefault(s.getHostId(), "");
        List<AgendaItemView> agenda = transactions.read(() -> items.findBySessionIdOrderByPosition(sessionId)
                .stream().map(i -> new AgendaItemView(i.getId(), i.getPosition(), i.getTitle(), i.getPlanField(),
                        i.getAnnotationId(), i.getCoveredAt(), false)).toList());
        Instant from = s.getStartedAt();
        Instant to = s.getEndedAt();
        List<AnnotationInfo> annotated = List.of();
        List<PlanComment> said = List.of();
        if (from != null && to != null) {
            annotated = annotations.createdBetween(s.getPlanId(), from, to, MAX_ITEMS + 1);
            said = discussions.postedBetween(s.getPlanId(), from, to, MAX_ITEMS + 1);
        }
        return new SessionRecord(summary, hostName, attendance.attendees(s), agenda,
                annotated.stream().limit(MAX_ITEMS).toList(), annotated.size() > MAX_ITEMS,
                comments(s.getPlanId(), said.stream().limit(MAX_ITEMS).toList()), said.size() > MAX_ITEMS);
    }

    /**
     * The record in the reader's language, as the page and the Markdown export show it: title, facts and the
     * parts of every {@link SessionRecordSection}, in their order.
     */
    @PreAuthorize("isAuthenticated()")
    public RecordDocument document(long sessionId, RecordContext context) {
        SessionRecord record = record(sessionId);
        List<RecordPart> parts = sections.orderedStream().map(section -> section.part(record, context))
                .filter(Objects::nonNull).toList();
        return new RecordDocument(record, context.t("session.record.title", record.session().title()),
                facts(record, context), parts);
    }

    private List<RecordComment> comments(long planId, List<PlanComment> said) {
        Map<Long, Integer> numbers = annotations.numbersOf(planId, said.stream().map(PlanComment::subjectId)
                .filter(Objects::nonNull).distinct().toList());
        return said.stream().map(c -> new RecordComment(c.comment().id(), c.subjectId(),
                c.subjectId() == null ? null : numbers.get(c.subjectId()), c.comment().authorName(),
                c.comment().body(), c.comment().createdAt(), c.comment().parentId() != null, c.comment().edited()))
                .toList();
    }

    private static List<String> facts(SessionRecord record, RecordContext t) {
        SessionSummary s = record.session();
        List<String> facts = new ArrayList<>();
        facts.add(t.t("session.record.plan", s.planTitle()));
        if (s.startedAt() != null) {
            facts.add(t.t("session.record.when", t.dateTime(s.startedAt()), t.time(s.endedAt()),
                    t.duration(java.time.Duration.between(s.startedAt(), s.endedAt()))));
        } else {
            facts.add(t.t("session.record.never-started", t.dateTime(s.startsAt()), t.dateTime(s.endedAt())));
        }
        facts.add(t.t("session.record.host", record.hostName()));
        long guests = record.attendance().stream().filter(Attendee::guest).count();
        facts.add(t.t("session.record.took-part", record.attendance().size(), guests));
        return facts;
    }
}
