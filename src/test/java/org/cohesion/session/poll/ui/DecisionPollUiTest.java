package org.cohesion.session.poll.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServlet;
import java.util.List;
import org.cohesion.KaribuSupport;
import org.cohesion.SimulatedUser;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollSnapshot;
import org.cohesion.session.poll.PollStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * "This poll decides the plan" in the host's "New poll" only while the plan is in DECISION; a decision poll carries
 * the "Decision poll" badge in the room's cards (the guest's too) and on the presenter's board, ordinary polls none.
 */
@SpringBootTest
class DecisionPollUiTest {

    @Autowired
    ApplicationContext context;

    private SimulatedUser host;
    private SimulatedUser guest;
    private SessionSummary session;
    private PollResultsBoard board;

    @BeforeEach
    void openThePanels() {
        VaadinServlet servlet = KaribuSupport.newServlet(context);
        host = new SimulatedUser(context, servlet, "planner");
        guest = new SimulatedUser(context, servlet, "sarah");
        guest.run(KaribuSupport::logout);
        session = host.call(() -> SessionTestSupport.liveSession(context));
        host.run(() -> {
            SessionPass pass = sessions().joinAsMember(session.id());
            board = new PollResultsBoard(polls(), pass);
            UI.getCurrent().add(new PollsPanel(polls(), pass), board);
        });
        guest.run(() -> UI.getCurrent().add(new PollsPanel(polls(),
                sessions().joinAsGuest(session.joinCode(), "Lao Zhang 老张"))));
    }

    @AfterEach
    void close() {
        for (SimulatedUser u : List.of(host, guest)) {
            u.close();
        }
    }

    @Test
    void theCheckboxOnlyInTheDecisionPhaseAndTheBadgeOnDecisionPolls() {
        // in consultation: no such checkbox; an ordinary poll has no badge
        host.run(() -> {
            _click(_get(PollsPanel.class).newPoll);
            NewPollDialog dialog = _get(NewPollDialog.class);
            assertThat(dialog.decides.isVisible()).isFalse();
            fill(dialog, "Which bench? 哪种长椅？");
            _click(dialog.createAndOpen);
            assertThat(dialog.isOpened()).isFalse();
        });
        PollSnapshot ordinary = host.call(() -> _get(PollsPanel.class).shown().get(0));
        assertThat(ordinary.decides()).isFalse();
        assertThat(host.call(() -> _get(PollsPanel.class).card(ordinary.id()).model().hasKey("d"))).isFalse();
        assertThat(host.await(() -> board.current().map(PollSnapshot::id).orElse(0L), id -> id == ordinary.id()))
                .isEqualTo(ordinary.id());
        assertThat(host.call(() -> board.decides.isVisible())).isFalse();

        host.run(() -> PhaseFixture.moveTo(session.planId(), PlanPhase.DECISION));
        host.run(() -> {
            _click(_get(PollsPanel.class).newPoll);
            NewPollDialog dialog = _get(NewPollDialog.class);
            assertThat(dialog.decides.isVisible()).isTrue();
            assertThat(dialog.decides.getLabel()).isEqualTo("This poll decides the plan");
            assertThat(dialog.decides.getHelperText()).startsWith("Only while the plan is in its decision phase.");
            fill(dialog, "Build it as proposed? 按方案建设？");
            _setValue(dialog.decides, true);
            _click(dialog.createAndOpen);
            assertThat(dialog.isOpened()).isFalse();
        });
        PollSnapshot deciding = host.call(() -> _get(PollsPanel.class).shown().stream()
                .filter(p -> p.id() != ordinary.id()).findFirst().orElseThrow());
        assertThat(deciding.decides()).isTrue();
        assertThat(deciding.status()).isEqualTo(PollStatus.OPEN);
        assertThat(host.call(() -> _get(PollsPanel.class).card(deciding.id()).model().getString("d")))
                .isEqualTo("Decision poll");
        assertThat(host.call(() -> _get(PollsPanel.class).card(ordinary.id()).model().hasKey("d"))).isFalse();
        assertThat(host.await(() -> board.current().map(PollSnapshot::id).orElse(0L), id -> id == deciding.id()))
                .isEqualTo(deciding.id());
        host.run(() -> {
            assertThat(board.question.getText()).isEqualTo("Build it as proposed? 按方案建设？");
            assertThat(board.decides.isVisible()).isTrue();
            assertThat(board.decides.getText()).isEqualTo("Decision poll");
        });
        String guestBadge = guest.await(() -> {
            PollCard card = _get(PollsPanel.class).card(deciding.id());
            return card == null || card.model() == null || !card.model().hasKey("d") ? ""
                    : card.model().getString("d");
        }, badge -> !badge.isEmpty());
        assertThat(guestBadge).isEqualTo("Decision poll");
    }

    private static void fill(NewPollDialog dialog, String question) {
        _setValue(dialog.question, question);
        _setValue(dialog.kind, PollKind.SINGLE);
        _setValue(dialog.options.get(0), "Yes 是");
        _setValue(dialog.options.get(1), "No 否");
        _setValue(dialog.options.get(2), "Later 以后");
    }

    private SessionService sessions() {
        return context.getBean(SessionService.class);
    }

    private PollService polls() {
        return context.getBean(PollService.class);
    }
}
