package org.cohesion.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.cohesion.KaribuTest;
import org.cohesion.plan.PlanField;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionStatus;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.junit.jupiter.api.Test;

/** The join page, scheduling from the workspace, live sessions on the start page and the presenter view. */
class SessionViewsTest extends KaribuTest {

    @Test
    void aWrongCodeSaysSoAndTheCodeFieldStaysForAnotherTry() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        logout();
        UI.getCurrent().navigate("join/NOPE42");
        JoinView view = _get(JoinView.class);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).startsWith("No session has this code");
        assertThat(view.found.isVisible()).isFalse();

        _setValue(view.code, s.joinCode().toLowerCase());
        _click(view.find);
        assertThat(view.code.isInvalid()).isFalse();
        assertThat(view.found.isVisible()).isTrue();
        assertThat(view.sessionTitle.getText()).isEqualTo(s.title());
        assertThat(view.planTitle.getText()).contains(s.planTitle());
        assertThat(view.joinAsMember.isVisible()).isFalse();

        _click(view.joinAsGuest);
        assertThat(view.displayName.isInvalid()).as("a guest needs a name").isTrue();
        _setValue(view.displayName, "Sarah's neighbour");
        _click(view.joinAsGuest);
        assertThat(currentPath()).isEqualTo("sessions/" + s.id());
        SessionRoomView room = _get(SessionRoomView.class);
        assertThat(room.room.me().guest()).isTrue();
        assertThat(room.header.title.getText()).isEqualTo(s.title());
    }

    @Test
    void guestsOfAScheduledSessionAreToldToWait() {
        SessionSummary s = SessionTestSupport.scheduledSession(context);
        logout();
        UI.getCurrent().navigate("join/" + s.joinCode());
        JoinView view = _get(JoinView.class);
        assertThat(view.status.getText()).startsWith("Starts ");
        _setValue(view.displayName, "Early bird");
        _click(view.joinAsGuest);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).startsWith("This session is not live yet");
        assertThat(currentPath()).startsWith("join");
    }

    @Test
    void aMemberJoinsDirectlyAndAnOutsiderWithoutSigningInGoesToSignIn() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        login("wangfang");
        UI.getCurrent().navigate("join/" + s.joinCode());
        JoinView view = _get(JoinView.class);
        assertThat(view.joinAsMember.isVisible()).isTrue();
        assertThat(view.guestPart.isVisible()).isFalse();
        _click(view.joinAsMember);
        assertThat(currentPath()).isEqualTo("sessions/" + s.id());
        SessionRoomView room = _get(SessionRoomView.class);
        assertThat(room.room.me().displayName()).isEqualTo("王芳 Wang Fang");
        assertThat(room.people).filteredOn(p -> p.present()).hasSize(1);
        assertThat(room.hostControls).isNull();

        logout();
        SessionPasses.remove(s.id());
        UI.getCurrent().navigate("sessions/" + s.id());
        assertThat(currentPath()).isEqualTo("login");
    }

    @Test
    void plannersScheduleFromTheWorkspaceAndResidentsSeeTheList() {
        SessionSummary existing = SessionTestSupport.liveSession(context);
        login("planner");
        UI.getCurrent().navigate("plans/" + existing.planId());
        PlanSessionsSection section = _get(PlanSessionsSection.class);
        assertThat(section.liveNow.isVisible()).isTrue();
        assertThat(section.schedule.isVisible()).isTrue();
        _click(section.schedule);
        ScheduleSessionDialog dialog = _get(ScheduleSessionDialog.class);
        _click(dialog.save);
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.rows.get(0).itemTitle.isInvalid()).isTrue();
        _setValue(dialog.title, "Second round 第二轮");
        _setValue(dialog.rows.get(0).itemTitle, "Design");
        _setValue(dialog.rows.get(0).about, PlanField.DESIGN_PROPOSAL);
        _click(dialog.addItem);
        _setValue(dialog.rows.get(1).itemTitle, "Next steps");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(section.list.getElement().getTextRecursively()).contains("Second round 第二轮");
        SessionSummary scheduled = context.getBean(SessionService.class).sessionsOfPlan(existing.planId()).stream()
                .filter(x -> x.title().equals("Second round 第二轮")).findFirst().orElseThrow();
        assertThat(scheduled.status()).isEqualTo(SessionStatus.SCHEDULED);

        login("wangfang");
        UI.getCurrent().navigate("plans/" + existing.planId());
        PlanSessionsSection resident = _get(PlanSessionsSection.class);
        assertThat(resident.schedule.isVisible()).isFalse();
        _click(_get(resident.liveNow, Button.class));
        assertThat(currentPath()).isEqualTo("sessions/" + existing.id());
    }

    @Test
    void liveSessionsOfMyCommunitiesShowOnTheStartPage() {
        SessionSummary live = SessionTestSupport.liveSession(context);
        login("sarah");
        UI.getCurrent().navigate("");
        assertThat(_find(com.vaadin.flow.component.html.H3.class).stream().map(h -> h.getText()))
                .contains(live.title());
        Button join = _find(Button.class, spec -> spec.withText("Join")).stream()
                .filter(b -> b.getParent().flatMap(p -> p.getParent()).isPresent()).findFirst().orElseThrow();
        _click(join);
        assertThat(currentPath()).startsWith("sessions/");

        login("liming");
        UI.getCurrent().navigate("");
        assertThat(_find(com.vaadin.flow.component.html.H3.class).stream().map(h -> h.getText()))
                .doesNotContain(live.title());
    }

    @Test
    void thePresenterViewShowsTheJoinLinkAsQrCodeAndLeavesRoomForPolls() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        login("planner");
        UI.getCurrent().navigate("sessions/" + s.id() + "/present");
        PresenterView view = _get(PresenterView.class);
        assertThat(view.joinUrl).endsWith("/join/" + s.joinCode());
        assertThat(view.joinLine.getText()).contains(view.joinUrl);
        assertThat(view.code.getText()).isEqualTo(s.joinCode());
        assertThat(view.qr.getElement().getProperty("innerHTML")).startsWith("<svg").contains("<path");
        assertThat(QrCodeTest.decode(view.qr.getElement().getProperty("innerHTML"))).isEqualTo(view.joinUrl);
        assertThat(view.polls.getId()).contains("presenter-polls");
        assertThat(view.polls.isAttached()).isTrue();
        // the projector is not a person in the room
        assertThat(context.getBean(SessionService.class).participants(view.pass))
                .noneMatch(p -> p.present());
    }
}
