package org.cohesion.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Collection;
import org.cohesion.base.ui.Notifications;
import org.cohesion.plan.PlanField;
import org.cohesion.session.FocusKind;
import org.cohesion.session.SessionHandsService;
import org.cohesion.session.SessionHostService;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionStatus;

/**
 * The host's controls: start and end the session, ask everyone to follow, call the next speaker, run the timer and
 * put the focus on a text of the plan. The server re-checks every action (forged calls are refused there).
 */
class HostControls extends Div {

    final Button start = new Button();
    final Button end = new Button();
    final Button askToFollow = new Button();
    final Button callNext = new Button();
    final IntegerField timerMinutes = new IntegerField();
    final Button startTimer = new Button();
    final Button stopTimer = new Button();
    final Select<PlanField> focusSection = new Select<>();
    final Button focusOnSection = new Button();

    HostControls(SessionService sessions, SessionHostService hosting, SessionHandsService hands, SessionPass pass,
                 Collection<PlanField> texts, RoomActions room) {
        addClassName("session-host-controls");
        getElement().setAttribute("aria-label", getTranslation("session.host.title"));
        start.setText(getTranslation("session.host.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> room.act(() -> room.apply(sessions.start(pass))));
        end.setText(getTranslation("session.host.end"));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.addClickListener(e -> room.act(() -> room.apply(sessions.end(pass))));
        askToFollow.setText(getTranslation("session.host.ask-follow"));
        askToFollow.addClickListener(e -> room.act(() -> {
            hosting.askToFollow(pass);
            Notifications.success(getTranslation("session.host.asked"));
        }));
        callNext.setText(getTranslation("session.host.call-next"));
        callNext.addClickListener(e -> room.act(() -> {
            hands.callNext(pass);
            room.showQueue(hands.queue(pass));
        }));

        timerMinutes.setLabel(getTranslation("session.host.timer-minutes"));
        timerMinutes.setMin(1);
        timerMinutes.setMax(SessionService.MAX_TIMER_SECONDS / 60);
        timerMinutes.setStepButtonsVisible(true);
        timerMinutes.setValue(3);
        startTimer.setText(getTranslation("session.host.start-timer"));
        startTimer.addClickListener(e -> {
            Integer minutes = timerMinutes.getValue();
            if (minutes == null || minutes < 1 || minutes > SessionService.MAX_TIMER_SECONDS / 60) {
                timerMinutes.setErrorMessage(getTranslation("session.error.timer-range", 1,
                        SessionService.MAX_TIMER_SECONDS / 60));
                timerMinutes.setInvalid(true);
                return;
            }
            timerMinutes.setInvalid(false);
            room.act(() -> room.apply(hosting.startTimer(pass, minutes * 60)));
        });
        stopTimer.setText(getTranslation("session.host.stop-timer"));
        stopTimer.addClickListener(e -> room.act(() -> room.apply(hosting.stopTimer(pass))));

        focusSection.setLabel(getTranslation("session.host.focus-section"));
        focusSection.setItems(texts.stream().sorted().toList());
        focusSection.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        focusOnSection.setText(getTranslation("session.host.focus"));
        focusOnSection.addClickListener(e -> {
            if (focusSection.getValue() != null) {
                room.act(() -> room.apply(hosting.setFocus(pass, FocusKind.SECTION, focusSection.getValue().name())));
            }
        });

        Div lifecycle = new Div(start, end, askToFollow, callNext);
        lifecycle.addClassName("host-row");
        Div timerRow = new Div(timerMinutes, startTimer, stopTimer);
        timerRow.addClassName("host-row");
        Div focusRow = new Div(focusSection, focusOnSection);
        focusRow.addClassName("host-row");
        add(new H2(getTranslation("session.host.title")), lifecycle, timerRow, focusRow);
    }

    /** Enables what the session's status allows; calling the next speaker needs someone waiting. */
    void showStatus(SessionStatus status, boolean handsUp) {
        start.setVisible(status == SessionStatus.SCHEDULED);
        end.setVisible(status != SessionStatus.ENDED);
        boolean live = status == SessionStatus.LIVE;
        for (Button b : new Button[] {askToFollow, startTimer, stopTimer, focusOnSection}) {
            b.setEnabled(live);
        }
        callNext.setEnabled(live && handsUp);
    }
}
