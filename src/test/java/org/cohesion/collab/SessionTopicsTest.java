package org.cohesion.collab;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.cohesion.KaribuTest;
import org.junit.jupiter.api.Test;

/** Components of one UI listening to one session share one Collaboration Engine connection. */
class SessionTopicsTest extends KaribuTest {

    private static final long SESSION = 987_654_321L;

    @Test
    void listenersOfOneUiShareAConnectionAndEachGetsEveryChange() {
        List<String> room = new ArrayList<>();
        List<String> panel = new ArrayList<>();
        int[] connected = {0, 0};
        Div roomView = new Div();
        Div pollsPanel = new Div();
        SessionTopics.SessionSignal roomSignal = SessionTopics.connect(roomView, SESSION,
                c -> room.add(c.key() + "=" + c.value(String.class)), () -> connected[0]++);
        SessionTopics.SessionSignal panelSignal = SessionTopics.connect(pollsPanel, SESSION,
                c -> panel.add(c.key() + "=" + c.value(String.class)), () -> connected[1]++);
        assertThat(shared()).as("nothing opened before anything is attached").isNull();
        UI.getCurrent().add(roomView, pollsPanel);
        awaitUntil(() -> roomSignal.connected() && panelSignal.connected());
        assertThat(roomSignal.connected()).isTrue();
        assertThat(panelSignal.connected()).isTrue();
        assertThat(connected).containsExactly(1, 1);
        SharedSessionConnection shared = shared();
        assertThat(shared).isNotNull();

        SessionTopics.announce(VaadinService.getCurrent(), SESSION, SessionTopics.POLLS, "opened");
        awaitUntil(() -> room.size() >= 1 && panel.size() >= 1);
        assertThat(room).containsExactly("polls=opened");
        assertThat(panel).containsExactly("polls=opened");

        // one leaves: the other keeps the same connection; a re-attach listens again and catches up
        UI.getCurrent().remove(pollsPanel);
        assertThat(panelSignal.connected()).isFalse();
        SessionTopics.announce(VaadinService.getCurrent(), SESSION, SessionTopics.STATE, "moved");
        awaitUntil(() -> room.size() >= 2);
        assertThat(room).containsExactly("polls=opened", "state=moved");
        assertThat(panel).containsExactly("polls=opened");
        UI.getCurrent().add(pollsPanel);
        assertThat(shared()).isSameAs(shared);
        assertThat(connected).containsExactly(1, 2);

        // when the last stops listening the connection closes
        roomSignal.remove();
        panelSignal.remove();
        assertThat(shared()).isNull();
        assertThat(roomSignal.connected()).isFalse();
        UI.getCurrent().remove(roomView);
        UI.getCurrent().add(roomView);
        assertThat(shared()).as("removed signals stay removed after a re-attach").isNull();
    }

    /** Collaboration Engine connects and delivers on its own threads: lets them run, as between requests. */
    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            VaadinSession session = VaadinSession.getCurrent();
            session.unlock();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                session.lock();
            }
            MockVaadin.clientRoundtrip();
        }
    }

    private static SharedSessionConnection shared() {
        return (SharedSessionConnection) ComponentUtil.getData(UI.getCurrent(),
                SharedSessionConnection.class.getName() + "." + SESSION);
    }
}
