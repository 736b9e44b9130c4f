package org.cohesion.session.poll.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.server.VaadinServlet;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.cohesion.KaribuSupport;
import org.cohesion.SimulatedUser;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollOptionResult;
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
 * A host, a member (in two tabs) and a guest in one live session, each with the polls panel open: the host
 * creates and opens a poll, the member and the guest vote, everyone sees the bars move without reloading, a
 * second vote from the member's other tab is refused with the message, closing is announced.
 */
@SpringBootTest
class PollsLiveTest {

    @Autowired
    ApplicationContext context;

    private SimulatedUser host;
    private SimulatedUser member;
    private SimulatedUser memberTab;
    private SimulatedUser guest;
    private SessionSummary session;

    @BeforeEach
    void openThePanels() {
        VaadinServlet servlet = KaribuSupport.newServlet(context);
        host = new SimulatedUser(context, servlet, "planner");
        member = new SimulatedUser(context, servlet, "wangfang");
        memberTab = new SimulatedUser(context, servlet, "wangfang");
        guest = new SimulatedUser(context, servlet, "sarah");
        guest.run(KaribuSupport::logout);
        session = host.call(() -> SessionTestSupport.liveSession(context));
        host.run(() -> {
            SessionPass pass = sessions().joinAsMember(session.id());
            UI.getCurrent().add(new PollsPanel(polls(), pass), new PollResultsBoard(polls(), pass));
        });
        for (SimulatedUser m : List.of(member, memberTab)) {
            m.run(() -> UI.getCurrent().add(new PollsPanel(polls(), sessions().joinAsMember(session.id()))));
        }
        guest.run(() -> UI.getCurrent().add(new PollsPanel(polls(),
                sessions().joinAsGuest(session.joinCode(), "Lao Zhang 老张"))));
    }

    @AfterEach
    void close() {
        for (SimulatedUser u : List.of(host, member, memberTab, guest)) {
            u.close();
        }
    }

    @Test
    void theHostOpensAPollParticipantsVoteAndEveryoneSeesTheBarsMove() {
        assertThat(host.call(() -> panel().newPoll.isVisible())).isTrue();
        assertThat(member.call(() -> panel().newPoll.isVisible())).isFalse();
        assertThat(guest.call(() -> panel().newPoll.isVisible())).isFalse();
        assertThat(member.call(() -> panel().empty.getText())).isEqualTo("No polls yet.");

        host.run(() -> _click(panel().newPoll));
        host.run(() -> {
            NewPollDialog dialog = _get(NewPollDialog.class);
            _setValue(dialog.question, "What first? 先做哪个？");
            _setValue(dialog.options.get(0), "Benches 长椅");
            _setValue(dialog.options.get(1), "Trees 树");
            _click(dialog.createAndOpen);
            assertThat(dialog.options.get(2).isInvalid()).as("an empty third option").isTrue();
            _click((com.vaadin.flow.component.button.Button) dialog.options.get(2).getParent().orElseThrow()
                    .getChildren().filter(c -> c instanceof com.vaadin.flow.component.button.Button).findFirst()
                    .orElseThrow());
            _click(dialog.addOption);
            _setValue(dialog.options.get(2), "Lights 路灯");
            _click(dialog.createAndOpen);
            assertThat(dialog.isOpened()).isFalse();
        });
        PollSnapshot opened = host.call(() -> panel().shown().get(0));
        assertThat(opened.status()).isEqualTo(PollStatus.OPEN);
        assertThat(opened.options()).extracting(PollOptionResult::label)
                .containsExactly("Benches 长椅", "Trees 树", "Lights 路灯");
        long pollId = opened.id();
        long benches = opened.options().get(0).optionId();
        long trees = opened.options().get(1).optionId();
        long lights = opened.options().get(2).optionId();

        // everyone gets the open poll with a vote form, announced politely
        for (SimulatedUser u : List.of(member, memberTab, guest)) {
            boolean shown = both(u, host, () -> panel().card(pollId) != null
                    && panel().card(pollId).formShown(), ok -> ok);
            assertThat(shown).as(u.username).isTrue();
            assertThat(u.call(() -> panel().announcer.getText())).isEqualTo("Poll opened: What first? 先做哪个？");
        }
        assertThat(host.call(() -> _get(PollResultsBoard.class).question.getText()))
                .isEqualTo("What first? 先做哪个？");

        member.run(() -> {
            PollCard card = panel().card(pollId);
            JsonObject form = card.model().getObject("form");
            assertThat(form.getString("type")).isEqualTo("single");
            assertThat(form.getArray("options").getObject(1).getString("l")).isEqualTo("Trees 树");
            vote(card, trees + ":1");
            assertThat(card.formShown()).isFalse();
            assertThat(card.model().hasKey("form")).as("drawn without the form").isFalse();
            assertThat(card.model().getString("voted")).isEqualTo("You voted: Trees 树");
            assertThat(numbers(card)).containsExactly("0 votes · 0%", "1 vote · 100%", "0 votes · 0%");
        });
        guest.run(() -> {
            PollCard card = panel().card(pollId);
            vote(card, "999999:1," + benches + ":1,<b>:x");
            assertThat(card.model().getString("voted")).as("forged parts of the choice are left out")
                    .isEqualTo("You voted: Benches 长椅");
        });

        // the host's bars move without reloading: texts and widths
        int rendersBefore = host.call(() -> panel().card(pollId).renders());
        List<String> numbers = both(host, guest, () -> numbers(panel().card(pollId)),
                n -> n.get(0).startsWith("1 vote"));
        assertThat(numbers).containsExactly("1 vote · 50%", "1 vote · 50%", "0 votes · 0%");
        assertThat(host.call(() -> rows(panel().card(pollId), "w"))).containsExactly("50.0%", "50.0%", "0.0%");
        assertThat(host.call(() -> total(panel().card(pollId)))).isEqualTo("2 people voted");
        assertThat(host.call(() -> rows(panel().card(pollId), "c"))).as("the table for screen readers")
                .containsExactly("1", "1", "0");
        assertThat(host.call(() -> rows(panel().card(pollId), "s"))).containsExactly("50%", "50%", "0%");
        assertThat(host.call(() -> panel().card(pollId).renders())).as("new results send only the numbers")
                .isEqualTo(rendersBefore);
        assertThat(both(host, guest, () -> _get(PollResultsBoard.class).bars.numbers(),
                n -> n.get(0).startsWith("1 vote"))).containsExactly("1 vote · 50%", "1 vote · 50%", "0 votes · 0%");

        // the member's other tab still offers the form: a second vote is refused with the message
        member.sync();
        memberTab.run(() -> {
            PollCard card = panel().card(pollId);
            assertThat(card.formShown()).isTrue();
            vote(card, lights + ":1");
            assertThat(card.error()).isEqualTo("You have voted already.");
            assertThat(card.formShown()).as("the tab catches up").isFalse();
            assertThat(card.model().getString("voted")).isEqualTo("You voted: Trees 树");
        });
        assertThat(host.call(() -> total(panel().card(pollId)))).isEqualTo("2 people voted");

        // closing is announced; the results stay
        host.run(() -> _click(panel().card(pollId).close));
        String closed = both(member, host, () -> panel().announcer.getText(), t -> t.startsWith("Poll closed"));
        assertThat(closed).isEqualTo("Poll closed: What first? 先做哪个？");
        assertThat(member.call(() -> panel().card(pollId).poll.status())).isEqualTo(PollStatus.CLOSED);
        assertThat(member.call(() -> numbers(panel().card(pollId))))
                .containsExactly("1 vote · 50%", "1 vote · 50%", "0 votes · 0%");
    }

    @Test
    void dotVotingWithSteppersAndPollsForMembersOnly() {
        long[] ids = host.call(() -> {
            PollsPanel panel = panel();
            panel.create("Budget 预算", PollKind.DOTS, List.of("Play 游乐", "Shade 遮阳", "Paths 步道"), 5, true,
                    false, true);
            panel.create("Members only 仅成员", PollKind.MULTIPLE, List.of("Yes", "No"), null, false, false, true);
            return panel.shown().stream().mapToLong(PollSnapshot::id).toArray();
        });
        long membersOnly = ids[0];
        long dots = ids[1];

        assertThat(both(member, host, () -> panel().shown().size(), n -> n == 2)).isEqualTo(2);
        assertThat(both(guest, host, () -> panel().shown().size(), n -> n >= 1)).isEqualTo(1);
        guest.sync();
        assertThat(guest.call(() -> panel().shown()).get(0).id()).as("guests see polls open to them only")
                .isEqualTo(dots);

        guest.run(() -> {
            PollCard card = panel().card(dots);
            JsonObject form = card.model().getObject("form");
            assertThat(form.getString("type")).isEqualTo("dots");
            assertThat(form.getNumber("dots")).isEqualTo(5);
            assertThat(form.getArray("left").getString(0)).isEqualTo("No dots left");
            assertThat(form.getArray("left").getString(1)).isEqualTo("1 dot left");
            assertThat(form.getArray("left").getString(5)).isEqualTo("5 dots left");
            assertThat(form.getArray("options").getObject(0).getString("add")).isEqualTo("Add a dot to Play 游乐");
            assertThat(form.getArray("options").getObject(0).getString("rm")).isEqualTo("Take a dot from Play 游乐");
            long play = card.poll.options().get(0).optionId();
            long paths = card.poll.options().get(2).optionId();
            vote(card, play + ":4," + paths + ":2");
            assertThat(card.error()).as("more dots than there are").isNotEmpty();
            assertThat(card.formShown()).isTrue();
            vote(card, play + ":3," + paths + ":1");
            assertThat(card.model().getString("voted")).isEqualTo("You voted: Play 游乐 × 3, Paths 步道 × 1");
            assertThat(total(card)).isEqualTo("1 person voted, 4 dots given");
            assertThat(numbers(card)).containsExactly("3 dots · 75%", "0 dots · 0%", "1 dot · 25%");
        });
        member.run(() -> {
            PollCard card = panel().card(membersOnly);
            assertThat(card.model().getObject("form").getString("type")).isEqualTo("multiple");
            vote(card, card.poll.options().get(0).optionId() + ":1," + card.poll.options().get(1).optionId() + ":1");
            assertThat(numbers(card)).containsExactly("1 vote · 100%", "1 vote · 100%");
        });
        assertThat(both(host, member, () -> total(panel().card(membersOnly)),
                t -> t.startsWith("1"))).isEqualTo("1 person voted");
        assertThat(both(host, guest, () -> rows(panel().card(dots), "w"), w -> w.get(0).equals("75.0%")))
                .containsExactly("75.0%", "0.0%", "25.0%");
    }

    /**
     * Waits (up to 20 s) until the watcher sees what the condition asks for, letting the actor's UI run its
     * pending work too, as a real server does between requests.
     */
    private static <T> T both(SimulatedUser watcher, SimulatedUser actor, Callable<T> query,
                              Predicate<T> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        T answer = watcher.call(query);
        while (!condition.test(answer) && System.nanoTime() < deadline) {
            actor.sync();
            answer = watcher.await(query, condition);
        }
        return answer;
    }

    /** The vote button's event, as the browser sends it with the participant's choice. */
    static void vote(PollCard card, String choice) {
        JsonObject data = Json.createObject();
        data.put(PollCard.VOTE_DETAIL, choice);
        com.vaadin.flow.dom.Element view = card.view.getElement();
        ElementUtilsKt._fireDomEvent(view, new DomEvent(view, PollCard.VOTE_EVENT, data));
    }

    static List<String> numbers(PollCard card) {
        return rows(card, "t");
    }

    static List<String> rows(PollCard card, String key) {
        JsonArray rows = card.results().getArray("rows");
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length(); i++) {
            values.add(rows.getObject(i).getString(key));
        }
        return values;
    }

    static String total(PollCard card) {
        return card.results().getString("total");
    }

    private SessionService sessions() {
        return context.getBean(SessionService.class);
    }

    private PollService polls() {
        return context.getBean(PollService.class);
    }

    private static PollsPanel panel() {
        return _get(PollsPanel.class);
    }
}
