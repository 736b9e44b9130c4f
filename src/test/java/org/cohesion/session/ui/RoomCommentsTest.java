package org.cohesion.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServlet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.cohesion.KaribuSupport;
import org.cohesion.SimulatedUser;
import org.cohesion.base.ValidationException;
import org.cohesion.session.SessionCommentsService;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.cohesion.session.record.RecordBlock;
import org.cohesion.session.record.RecordItem;
import org.cohesion.session.record.RecordPart;
import org.cohesion.session.record.SessionRecordService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Comments in the room: a guest writes while the host allows it and everyone sees it live (as text); the host
 * stops guests and their form goes away at once, a forged call is refused; bad input gets a message and the draft
 * stays; the record keeps the comments, guests by their display name.
 */
@SpringBootTest
class RoomCommentsTest {

    private static final String GUEST = "Lao Zhang 老张";
    private static final String SCRIPT = "<script>alert('x')</script> 树荫不够 not enough shade";

    @Autowired
    ApplicationContext context;

    private SimulatedUser host;
    private SimulatedUser member;
    private SimulatedUser guest;
    private SessionSummary session;

    @BeforeEach
    void threePeopleInTheRoom() {
        VaadinServlet servlet = KaribuSupport.newServlet(context);
        host = new SimulatedUser(context, servlet, "planner");
        member = new SimulatedUser(context, servlet, "wangfang");
        guest = SimulatedUser.anonymous(context, servlet);
        session = host.call(() -> SessionTestSupport.liveSession(context));
        host.run(() -> UI.getCurrent().navigate("sessions/" + session.id()));
        member.run(() -> UI.getCurrent().navigate("sessions/" + session.id()));
        guest.run(() -> {
            UI.getCurrent().navigate("join/" + session.joinCode());
            JoinView join = _get(JoinView.class);
            _setValue(join.displayName, GUEST);
            _click(join.joinAsGuest);
        });
        for (SimulatedUser user : List.of(host, member, guest)) {
            assertThat(user.await(() -> room().connected(), c -> c, host, member, guest)).isTrue();
        }
    }

    @AfterEach
    void close() {
        host.close();
        member.close();
        guest.close();
    }

    @Test
    void aGuestCommentsWhileAllowedEveryoneSeesItLiveAndTheHostCanStopGuests() {
        assertThat(guest.call(() -> comments().formShown())).as("the scheduled session lets guests comment").isTrue();
        assertThat(guest.call(() -> comments().guestsMayComment)).as("only the host has the setting").isNull();
        guest.run(() -> {
            RoomComments comments = comments();
            _setValue(comments.body, SCRIPT);
            _click(comments.send);
            assertThat(comments.body.getValue()).isEmpty();
        });
        for (SimulatedUser user : List.of(host, member)) {
            assertThat(seen(user, () -> comments().shown(), s -> s.size() == 1))
                    .containsExactly(GUEST + ": " + SCRIPT);
            assertThat(user.call(() -> comments().announcer.getText())).isEqualTo("New comment from " + GUEST + ".");
        }
        member.run(() -> {
            _setValue(comments().body, "Benches 长椅, please");
            _click(comments().send);
        });
        assertThat(seen(guest, () -> comments().shown(), s -> s.size() == 2))
                .containsExactly(GUEST + ": " + SCRIPT, "王芳 Wang Fang: Benches 长椅, please");

        // the host stops guests: the guest's form goes away without reloading; a forged call is refused
        host.run(() -> _setValue(comments().guestsMayComment, false));
        assertThat(seen(guest, () -> comments().formShown(), shown -> !shown)).isFalse();
        assertThat(guest.call(() -> comments().closed.getText())).contains("has not opened comments to guests");
        assertThat(guest.call(() -> comments().announcer.getText())).isEqualTo("Guests can no longer comment.");
        SessionPass guestPass = guest.call(() -> room().pass);
        SessionCommentsService service = context.getBean(SessionCommentsService.class);
        guest.run(() -> assertThatThrownBy(() -> service.post(guestPass, "sneaky"))
                .isInstanceOf(ValidationException.class));
        assertThat(member.call(() -> comments().formShown())).as("members still comment").isTrue();

        // and opens again
        host.run(() -> _setValue(comments().guestsMayComment, true));
        assertThat(seen(guest, () -> comments().formShown(), shown -> shown)).isTrue();
    }

    @Test
    void badInputGetsAMessageTheDraftStaysAndTheRecordKeepsTheComments() {
        member.run(() -> {
            RoomComments comments = comments();
            _setValue(comments.body, "   ");
            _click(comments.send);
            assertThat(comments.body.isInvalid()).isTrue();
            assertThat(comments.shown()).isEmpty();
        });
        SessionPass memberPass = member.call(() -> room().pass);
        SessionCommentsService service = context.getBean(SessionCommentsService.class);
        member.run(() -> assertThatThrownBy(() -> service.post(memberPass, "x".repeat(2_001)))
                .isInstanceOf(ValidationException.class));
        member.run(() -> {
            for (int i = 1; i <= SessionCommentsService.PER_MINUTE; i++) {
                service.post(memberPass, "Point " + i);
            }
            RoomComments comments = comments();
            _setValue(comments.body, "One more 再来一条");
            _click(comments.send);
            assertThat(comments.body.isInvalid()).isTrue();
            assertThat(comments.body.getErrorMessage()).contains("wait a moment");
            assertThat(comments.body.getValue()).as("the draft is kept").isEqualTo("One more 再来一条");
        });
        guest.run(() -> {
            _setValue(comments().body, SCRIPT);
            _click(comments().send);
        });
        host.run(() -> context.getBean(SessionService.class).end(session.id()));

        RecordPart part = host.call(() -> context.getBean(SessionRecordService.class)
                .document(session.id(), new UiRecordContext(context.getBean(com.vaadin.flow.i18n.I18NProvider.class), Locale.ENGLISH)).parts().stream()
                .filter(p -> p.id().equals("room-comments")).findFirst().orElseThrow());
        List<RecordItem> items = ((RecordBlock.Items) part.blocks().get(0)).items();
        assertThat(items).hasSize(SessionCommentsService.PER_MINUTE + 1);
        assertThat(items.get(0).label()).startsWith("王芳 Wang Fang · ");
        assertThat(items.get(items.size() - 1).label()).startsWith(GUEST + " (guest) · ");
        assertThat(items.get(items.size() - 1).text()).isEqualTo(SCRIPT);
    }

    private <T> T seen(SimulatedUser watcher, Callable<T> query, Predicate<T> condition) {
        SimulatedUser[] others = List.of(host, member, guest).stream().filter(u -> u != watcher)
                .toArray(SimulatedUser[]::new);
        return watcher.await(query, condition, others);
    }

    private static SessionRoomView room() {
        return _get(SessionRoomView.class);
    }

    private static RoomComments comments() {
        return room().comments;
    }
}
