package org.cohesion.session.record;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cohesion.base.Transactions;
import org.cohesion.people.UncheckedDisplayNames;
import org.cohesion.session.LiveSession;
import org.cohesion.session.SessionAttendance;
import org.cohesion.session.SessionParticipant;
import org.cohesion.session.internal.SessionAttendanceRepository;
import org.cohesion.session.internal.SessionParticipantRepository;
import org.springframework.stereotype.Component;

/**
 * Who attended a session, from its participants and their connection periods (two reads). Participants who never
 * had a connection period (a presenter screen) are left out. No access check: for {@link SessionRecordService}.
 */
@Component
class AttendanceReader {

    private final SessionParticipantRepository participants;
    private final SessionAttendanceRepository attendance;
    private final UncheckedDisplayNames names;
    private final Transactions transactions;

    AttendanceReader(SessionParticipantRepository participants, SessionAttendanceRepository attendance,
                     UncheckedDisplayNames names, Transactions transactions) {
        this.participants = participants;
        this.attendance = attendance;
        this.names = names;
        this.transactions = transactions;
    }

    /** The attendees in the order they first joined. */
    List<Attendee> attendees(LiveSession session) {
        List<SessionParticipant> all = transactions.read(() ->
                participants.findBySessionIdOrderById(session.getId()));
        Map<Long, List<AttendancePeriod>> periods = new HashMap<>();
        if (!all.isEmpty()) {
            transactions.read(() -> attendance.findByParticipantIdInOrderById(
                    all.stream().map(SessionParticipant::getId).toList()))
                    .forEach(a -> periods.computeIfAbsent(a.getParticipantId(), id -> new ArrayList<>())
                            .add(period(a)));
        }
        Map<Long, String> memberNames = names.of(all.stream().map(SessionParticipant::getUserId)
                .filter(Objects::nonNull).toList());
        List<Attendee> attendees = new ArrayList<>();
        for (SessionParticipant p : all) {
            List<AttendancePeriod> own = periods.getOrDefault(p.getId(), List.of());
            if (own.isEmpty()) {
                continue;
            }
            own = own.stream().sorted(Comparator.comparing(AttendancePeriod::joinedAt)).toList();
            String name = p.isGuest() ? p.getGuestName() : memberNames.getOrDefault(p.getUserId(), "");
            boolean host = !p.isGuest() && p.getUserId() == session.getHostId();
            attendees.add(new Attendee(p.getId(), name, p.isGuest(), host, own,
                    present(own, session.getStartedAt(), session.getEndedAt())));
        }
        attendees.sort(Comparator.comparing((Attendee a) -> a.periods().get(0).joinedAt())
                .thenComparing(Attendee::participantId));
        return attendees;
    }

    private static AttendancePeriod period(SessionAttendance a) {
        return new AttendancePeriod(a.getJoinedAt(), a.getLeftAt());
    }

    /**
     * The time present during the session: the periods (sorted by joining) cut to the session's start and end,
     * overlaps (several tabs) counted once. Nothing when the session never started.
     */
    static Duration present(List<AttendancePeriod> sorted, Instant start, Instant end) {
        if (start == null || end == null) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        Instant coveredUntil = start;
        for (AttendancePeriod p : sorted) {
            Instant from = max(p.joinedAt(), coveredUntil);
            Instant to = p.leftAt() == null ? end : min(p.leftAt(), end);
            if (to.isAfter(from)) {
                total = total.plus(Duration.between(from, to));
                coveredUntil = to;
            }
        }
        return total;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
