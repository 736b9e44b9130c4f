package org.cohesion.session.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.Instant;

/**
 * A countdown (mm:ss) computed from server time: the server sends when the timer ends and its own "now", and a
 * tiny script counts down from the difference in the browser, so every screen agrees whatever its own clock
 * says (only network latency differs). At zero it says so in the given live region.
 */
class Countdown extends Span {

    private Instant endsAt;

    Countdown() {
        addClassName("session-timer");
        getElement().setAttribute("role", "timer");
    }

    /** The end shown, or null when no timer runs. */
    Instant endsAt() {
        return endsAt;
    }

    /** Shows a countdown to {@code endsAt} (null stops it), as of the server's {@code now}. */
    void show(Instant endsAt, Instant now, String endedText, Element announcer) {
        this.endsAt = endsAt;
        if (endsAt == null) {
            setText("");
            getElement().removeAttribute("data-ends-at");
            getElement().executeJs("clearInterval(this._cohesionTimer)");
            return;
        }
        long remaining = Math.max(0, endsAt.toEpochMilli() - now.toEpochMilli());
        setText(clockText(remaining));
        getElement().setAttribute("data-ends-at", endsAt.toString());
        getElement().executeJs("""
                const el = this, end = Date.now() + ($0 - $1), done = $2, region = $3;
                clearInterval(el._cohesionTimer);
                const pad = n => String(n).padStart(2, '0');
                const tick = () => {
                  const left = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = pad(Math.floor(left / 60)) + ':' + pad(left % 60);
                  if (left <= 0) {
                    clearInterval(el._cohesionTimer);
                    el.classList.add('ended');
                    if (region) { region.textContent = done; }
                  }
                };
                el.classList.remove('ended');
                tick();
                el._cohesionTimer = setInterval(tick, 1000);""",
                (double) endsAt.toEpochMilli(), (double) now.toEpochMilli(), endedText, announcer);
    }

    static String clockText(long millis) {
        long seconds = Math.round(millis / 1000.0);
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
