package org.cohesion.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cohesion.KaribuTest;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollView;
import org.cohesion.session.poll.ui.PollResultsBoard;
import org.cohesion.session.poll.ui.PollsPanel;
import org.cohesion.session.record.RecordBlock;
import org.cohesion.session.record.RecordDocument;
import org.cohesion.session.record.RecordMarkdown;
import org.cohesion.session.record.RecordPart;
import org.cohesion.session.record.SessionRecordService;
import org.junit.jupiter.api.Test;

/** The polls feature in a session's room, on its presenter view and in its record once it ended. */
class PollsInSessionTest extends KaribuTest {

    @Test
    void theRoomAndThePresenterViewShowThePolls() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        login("planner");
        UI.getCurrent().navigate("sessions/" + s.id());
        assertThat(currentPath()).isEqualTo("sessions/" + s.id());
        SessionRoomView room = _get(SessionRoomView.class);
        assertThat(room.polls.getChildren()).as("the polls slot of the room")
                .hasAtLeastOneElementOfType(PollsPanel.class);
        UI.getCurrent().navigate("sessions/" + s.id() + "/present");
        assertThat(_get(PresenterView.class).polls.getChildren()).as("the polls slot of the presenter view")
                .hasAtLeastOneElementOfType(PollResultsBoard.class);
    }

    @Test
    void theRecordListsEachPollPutToTheParticipantsWithItsResults() {
        SessionSummary s = SessionTestSupport.scheduledSession(context);
        SessionService sessions = context.getBean(SessionService.class);
        PollService polls = context.getBean(PollService.class);
        login("planner");
        PhaseFixture.moveTo(s.planId(), PlanPhase.DECISION);
        SessionPass host = sessions.joinAsMember(s.id());
        sessions.start(host);
        PollView decides = polls.create(host, "Build it? 建吗？", PollKind.SINGLE, List.of("Yes 是", "No 否"), null,
                true, true);
        polls.open(host, decides.poll().id());
        PollView bench = polls.create(host, "Which bench? 哪种长椅？", PollKind.SINGLE, List.of("Wood 木", "Stone 石"),
                null, true);
        polls.create(host, "A draft never opened", PollKind.SINGLE, List.of("Yes", "No"), null, true);
        polls.open(host, bench.poll().id());
        long wood = bench.poll().options().get(0).optionId();
        login("wangfang");
        polls.vote(sessions.joinAsMember(s.id()), bench.poll().id(), Map.of(wood, 1));
        login("planner");
        sessions.end(host);

        login("sarah");
        RecordDocument doc = context.getBean(SessionRecordService.class).document(s.id(),
                new UiRecordContext(context.getBean(I18NProvider.class), Locale.ENGLISH));
        RecordPart part = doc.parts().stream().filter(p -> "polls".equals(p.id())).findFirst().orElseThrow();
        assertThat(part.title()).isEqualTo("Polls");
        assertThat(part.blocks()).contains(new RecordBlock.Heading("Which bench? 哪种长椅？"))
                .doesNotContain(new RecordBlock.Heading("A draft never opened"));
        RecordBlock.Table table = part.blocks().stream().filter(RecordBlock.Table.class::isInstance)
                .map(RecordBlock.Table.class::cast).filter(t -> t.rows().get(0).get(0).startsWith("Wood"))
                .findFirst().orElseThrow();
        assertThat(table.rows()).containsExactly(List.of("Wood 木", "1", "100 %"), List.of("Stone 石", "0", "0 %"));
        assertThat(RecordMarkdown.render(doc)).contains("Which bench? 哪种长椅？").contains("Wood 木");
        // a decision poll says so under its question; ordinary polls do not
        RecordBlock label = new RecordBlock.Text("Decision poll: meant as the plan's decision.");
        List<RecordBlock> blocks = part.blocks();
        int decision = blocks.indexOf(new RecordBlock.Heading("Build it? 建吗？"));
        assertThat(blocks.get(decision + 1)).isEqualTo(label);
        assertThat(blocks.get(blocks.indexOf(new RecordBlock.Heading("Which bench? 哪种长椅？")) + 1))
                .isNotEqualTo(label);
        assertThat(blocks.stream().filter(label::equals)).hasSize(1);
    }
}
