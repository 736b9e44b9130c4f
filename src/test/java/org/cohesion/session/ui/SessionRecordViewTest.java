package org.cohesion.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cohesion.KaribuTest;
import org.cohesion.security.ui.LoginView;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.cohesion.session.record.EndedSessionFixture;
import org.junit.jupiter.api.Test;

/**
 * The record of an ended session at /sessions/{id}, read afresh from the database in a new Vaadin session on a new
 * servlet (an empty Collaboration Engine, as after a restart), its Markdown download in the reader's language, and
 * who may see it.
 */
class SessionRecordViewTest extends KaribuTest {

    @Test
    void membersSeeTheRecordOfAnEndedSessionAndDownloadItAsMarkdown() throws Exception {
        EndedSessionFixture f = EndedSessionFixture.create(context);
        login("sarah");
        UI.getCurrent().navigate("sessions/" + f.session().id());
        SessionRoomView view = _get(SessionRoomView.class);
        assertThat(view.room).as("no room: the session has ended").isNull();
        SessionRecordPanel record = _get(SessionRecordPanel.class);
        assertThat(view.getPageTitle()).isEqualTo(f.session().title());
        assertThat(_find(record, H2.class).stream().map(h -> h.getId().orElseThrow())).containsExactly(
                "record-attendance", "record-agenda", "record-polls", "record-annotations", "record-room-comments",
                "record-comments");
        String table = _get(record, NativeTable.class).getElement().getTextRecursively();
        assertThat(table).contains("陈静 Chen Jing", "王芳 Wang Fang", EndedSessionFixture.GUEST, "guest", "host");
        assertThat(_find(record, Span.class, spec -> spec.withClasses("record-item-text")).stream()
                .map(Span::getText)).as("what people wrote, as plain text")
                .contains(EndedSessionFixture.PIN_DURING, EndedSessionFixture.COMMENT_DURING)
                .doesNotContain("Before the session", "After the session");
        assertThat(record.getElement().getTextRecursively()).contains("2 of 3 items covered", "not reached");
        assertThat(record.download.getHref()).isNotBlank();
        assertThat(record.download.getElement().hasAttribute("download")).isTrue();

        Download md = download(record);
        assertThat(md.text()).startsWith("# Session record: Residents' meeting 居民议事会\n")
                .contains("## Attendance", "| Name | Took part as | Joined – left | Time present |",
                        "\\[click me\\](http://evil.example) \\| please",
                        "\\# Not a heading - not a list \\<b\\>not bold\\</b\\>")
                .doesNotContain("Before the session", "After the session", "[click me](");
        assertThat(md.disposition()).startsWith("attachment;").contains(".md")
                .contains("filename*=UTF-8''Residents-meeting-");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("sessions/" + f.session().id());
        SessionRecordPanel chinese = _get(SessionRecordPanel.class);
        assertThat(chinese.document.title()).isEqualTo("会议记录：Residents' meeting 居民议事会");
        assertThat(download(chinese).text()).contains("## 出席情况", "访客", "## 会议期间的评论");
    }

    @Test
    void guestsAndResidentsOfOtherCommunitiesDoNotSeeTheRecord() {
        EndedSessionFixture f = EndedSessionFixture.create(context);
        login("liming");
        UI.getCurrent().navigate("sessions/" + f.session().id());
        assertThat(_find(SessionRecordPanel.class)).isEmpty();
        assertThat(_find(JoinView.class)).hasSize(1);
        logout();
        UI.getCurrent().navigate("sessions/" + f.session().id());
        assertThat(_find(SessionRecordPanel.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
    }

    @Test
    void whenTheHostEndsTheSessionMembersInTheRoomGetToTheRecord() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        login("planner");
        UI.getCurrent().navigate("sessions/" + s.id());
        SessionRoomView room = _get(SessionRoomView.class);
        assertThat(room.liveBar.showRecord.isVisible()).isFalse();
        _click(room.hostControls.end);
        assertThat(room.liveBar.showRecord.isVisible()).isTrue();
        _click(room.liveBar.showRecord);
        SessionRecordPanel record = _get(SessionRecordPanel.class);
        assertThat(record.document.record().attendance()).extracting(a -> a.name()).containsExactly("陈静 Chen Jing");

        // the plan's workspace links to the record of its ended sessions
        UI.getCurrent().navigate("plans/" + s.planId());
        assertThat(_get(PlanSessionsSection.class).list.getElement().getTextRecursively()).contains("Record");
    }

    private record Download(String text, String disposition) {
    }

    /** Runs the record's download handler as a download request would, and returns what it wrote. */
    private static Download download(SessionRecordPanel record) throws Exception {
        FakeResponse http = new FakeResponse();
        VaadinServletResponse response = new VaadinServletResponse(http,
                (VaadinServletService) VaadinService.getCurrent());
        record.writeMarkdown(new DownloadEvent(VaadinRequest.getCurrent(), response, VaadinSession.getCurrent(),
                record.download.getElement()));
        return new Download(http.getBuffer().toString(StandardCharsets.UTF_8), http.getHeader("Content-Disposition"));
    }
}
