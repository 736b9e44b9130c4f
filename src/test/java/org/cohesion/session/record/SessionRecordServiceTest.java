package org.cohesion.session.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.discussion.DiscussionTestSupport;
import org.cohesion.session.AgendaItemView;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The record of an ended session from the database: attendance (members by name, a guest by display name, a
 * rejoin as two periods), the agenda covered, annotations and comments made between start and end only; members of
 * the plan's community only.
 */
@SpringBootTest
class SessionRecordServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SessionRecordService records;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theRecordHoldsAttendanceAgendaAndWhatWasAnnotatedAndSaidDuringTheSession() {
        EndedSessionFixture f = EndedSessionFixture.create(context);
        DiscussionTestSupport.login(context, "sarah");
        SessionRecord record = records.record(f.session().id());
        SessionSummary s = record.session();
        assertThat(record.hostName()).isEqualTo("陈静 Chen Jing");
        assertThat(s.startedAt()).isBefore(s.endedAt());
        Duration held = Duration.between(s.startedAt(), s.endedAt());

        assertThat(record.attendance()).extracting(Attendee::name)
                .containsExactly("陈静 Chen Jing", "王芳 Wang Fang", EndedSessionFixture.GUEST);
        Attendee host = record.attendance().get(0);
        Attendee wang = record.attendance().get(1);
        Attendee guest = record.attendance().get(2);
        assertThat(host.host()).isTrue();
        assertThat(host.guest()).isFalse();
        assertThat(guest.guest()).isTrue();
        assertThat(guest.host()).isFalse();
        assertThat(wang.periods()).as("left and came back: two periods").hasSize(2);
        assertThat(wang.periods().get(0).leftAt()).isBefore(wang.periods().get(1).joinedAt());
        for (Attendee a : record.attendance()) {
            assertThat(a.periods()).allSatisfy(p -> assertThat(p.leftAt()).as("closed at the end").isNotNull());
            assertThat(a.periods().get(a.periods().size() - 1).leftAt()).isEqualTo(s.endedAt());
            assertThat(a.present()).isPositive().isLessThanOrEqualTo(held);
        }
        Duration away = Duration.between(wang.periods().get(0).leftAt(), wang.periods().get(1).joinedAt());
        assertThat(wang.present()).isLessThanOrEqualTo(held.minus(away));

        assertThat(record.agenda()).extracting(AgendaItemView::title)
                .containsExactly("Welcome 欢迎", "Goals 目标", "Design 设计");
        assertThat(record.agenda()).extracting(AgendaItemView::covered).containsExactly(true, false, true);
        assertThat(record.agenda().get(0).coveredAt()).isBetween(s.startedAt(), s.endedAt())
                .isBefore(record.agenda().get(2).coveredAt());

        assertThat(record.annotations()).extracting(AnnotationInfo::id)
                .containsExactly(f.pinDuring(), f.remarkDuring());
        assertThat(record.annotations().get(0).body()).isEqualTo(EndedSessionFixture.PIN_DURING);
        assertThat(record.annotations().get(1).quote()).isEqualTo("Light the path");
        assertThat(record.moreAnnotations()).isFalse();

        assertThat(record.comments()).extracting(RecordComment::body).containsExactly(
                EndedSessionFixture.COMMENT_DURING, "Noted.", EndedSessionFixture.REPLY_DURING);
        RecordComment general = record.comments().get(0);
        assertThat(general.general()).isTrue();
        assertThat(general.authorName()).isEqualTo("王芳 Wang Fang");
        RecordComment reply = record.comments().get(2);
        assertThat(reply.annotationId()).isEqualTo(f.pinDuring());
        assertThat(reply.annotationNumber()).isEqualTo(record.annotations().get(0).number());
        assertThat(reply.reply()).isTrue();
        assertThat(record.comments()).allSatisfy(c -> assertThat(c.createdAt()).isBetween(s.startedAt(),
                s.endedAt()));
        assertThat(record.moreComments()).isFalse();
    }

    @Test
    void onlyMembersOfThePlansCommunityReadTheRecordAndOnlyOnceTheSessionEnded() {
        EndedSessionFixture f = EndedSessionFixture.create(context);
        DiscussionTestSupport.login(context, "liming");
        assertThatThrownBy(() -> records.record(f.session().id())).as("Huashan Garden resident")
                .isInstanceOf(ObjectNotFoundException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> records.record(f.session().id())).as("a guest: not signed in")
                .isInstanceOf(AuthenticationException.class);

        SessionSummary live = SessionTestSupport.liveSession(context);
        assertThatThrownBy(() -> records.record(live.id())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("status", new Message("session.record.not-ended")));
    }

    @Test
    void timePresentCountsOverlappingTabsOnceAndOnlyBetweenStartAndEnd() {
        Instant start = Instant.parse("2026-05-01T11:00:00Z");
        Instant end = start.plus(Duration.ofMinutes(60));
        List<AttendancePeriod> periods = List.of(
                new AttendancePeriod(start.minus(Duration.ofMinutes(10)), start.plus(Duration.ofMinutes(20))),
                new AttendancePeriod(start.plus(Duration.ofMinutes(10)), start.plus(Duration.ofMinutes(30))),
                new AttendancePeriod(start.plus(Duration.ofMinutes(50)), null));
        assertThat(AttendanceReader.present(periods, start, end)).isEqualTo(Duration.ofMinutes(40));
        assertThat(AttendanceReader.present(periods, null, end)).isZero();
        assertThat(AttendanceReader.present(List.of(new AttendancePeriod(end.plusSeconds(5), end.plusSeconds(9))),
                start, end)).isZero();
    }
}
