package org.cohesion.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The live line under the header: a notice (not started, ended; then a way to the record), the focus, the timer and
 * who speaks now.
 */
class LiveBar extends Div {

    final Div notice = new Div();
    final Paragraph focusLine = new Paragraph();
    final TimerDisplay timer = new TimerDisplay(true);
    final Div speaker = new Div();
    /** For members once the session has ended. */
    final Button showRecord = new Button();

    LiveBar() {
        addClassName("session-live-bar");
        notice.addClassName("session-notice");
        focusLine.addClassName("session-focus-line");
        speaker.addClassName("session-speaker");
        showRecord.setText(getTranslation("session.record.show"));
        showRecord.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showRecord.addClassName("session-show-record");
        showRecord.setVisible(false);
        add(notice, showRecord, focusLine, timer, speaker);
    }

    /** A notice, hidden when empty. */
    void notice(String text) {
        notice.setText(text);
        notice.setVisible(!text.isEmpty());
    }

    /** Who speaks now, hidden when nobody was called. */
    void speaker(String text) {
        speaker.setText(text == null ? "" : text);
        speaker.setVisible(text != null);
    }
}
