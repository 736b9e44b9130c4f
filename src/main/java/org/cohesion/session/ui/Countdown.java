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

    /** Defines the element's countdown function: from the time left (server's end minus server's now). */
    private static final String DEFINE = """
            this._cohesionCountdown = (left0, done, region) => {
              const el = this, end = Date.now() + left0;
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
              el._cohesionTimer = setInterval(tick, 1000);
            };
            """;

    private Instant endsAt;
    /** Whether the browser's element has the countdown function (since it was last attached). */
    private boolean defined;

    Countdown() {
        addClassName("session-timer");
        getElement().setAttribute("role", "timer");
        addDetachListener(e -> defined = false);
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
        // the script goes to the browser once per attach; later changes send only the numbers
        String call = "this._cohesionCountdown($0 - $1, $2, $3)";
        getElement().executeJs(defined ? call : DEFINE + call, (double) endsAt.toEpochMilli(),
                (double) now.toEpochMilli(), endedText, announcer);
        defined = true;
    }

    static String clockText(long millis) {
        long seconds = Math.round(millis / 1000.0);
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
