package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.KaribuTest;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollOptionResult;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollSnapshot;
import org.cohesion.session.poll.PollStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("benchmark")
class ScratchCostTest extends KaribuTest {
    @Autowired SessionService sessions;
    @Autowired PollService polls;

    @Test
    void cost() {
        login("planner");
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        long id = polls.create(host, "Q", PollKind.DOTS, List.of("A a", "B b", "C c", "D d"), 3, true).poll().id();
        PollSnapshot open = polls.open(host, id);
        logout();
        SessionPass guest = sessions.joinAsGuest(s.joinCode(), "G");
        for (int round = 0; round < 8; round++) {
            int N = round < 4 ? 20 : 100;
            List<PollsPanel> panels = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                PollsPanel p = new PollsPanel(polls, guest);
                UI.getCurrent().add(p);
                panels.add(p);
            }
            // pretend the poll is new to them
            PollSnapshot fresh = new PollSnapshot(open.id() + 1000000, open.sessionId(), open.question(), open.kind(),
                    open.dots(), true, PollStatus.OPEN, open.createdAt(), open.openedAt(), null, 0, 0, open.options(),
                    open.seq());
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = mx.getCurrentThreadCpuTime();
            for (PollsPanel p : panels) {
                p.apply(fresh);
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int u = 1; u <= 26; u++) {
                List<PollOptionResult> opts = new ArrayList<>();
                for (PollOptionResult o : open.options()) {
                    opts.add(new PollOptionResult(o.optionId(), o.position(), o.label(), u * 3 + o.position(), u * 9 + o.position(), 25.0 + o.position() + u * 0.1));
                }
                PollSnapshot next = new PollSnapshot(fresh.id(), fresh.sessionId(), fresh.question(), fresh.kind(), fresh.dots(), true,
                        PollStatus.OPEN, fresh.createdAt(), fresh.openedAt(), null, u * 11, u * 33, opts, PollSnapshot.seqOf(PollStatus.OPEN, u * 11));
                for (PollsPanel p : panels) {
                    p.apply(next);
                }
            }
            long t2 = mx.getCurrentThreadCpuTime();
            System.out.printf("ROUND %d: open per UI %.3f ms, update per UI %.3f ms%n", round, (t1 - t0) / 1e6 / N,
                    (t2 - t1) / 1e6 / N / 26);
            UI.getCurrent().removeAll();
        }
    }
}
