package org.cohesion.session;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.cohesion.base.Transactions;
import org.cohesion.session.internal.SessionAttendanceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes the connection periods left open when the server stopped: after a start nobody is connected yet, and a
 * room that reconnects opens a new period. (With several nodes this must become per node; see decision 0013.)
 */
@Component
class AttendanceReset {

    private static final Logger log = LoggerFactory.getLogger(AttendanceReset.class);

    private final SessionAttendanceRepository attendance;
    private final Transactions transactions;
    private final Clock clock;

    AttendanceReset(SessionAttendanceRepository attendance, Transactions transactions, Clock clock) {
        this.attendance = attendance;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void closeLeftovers() {
        int closed = transactions.write(() -> attendance.closeAll(clock.instant().truncatedTo(ChronoUnit.MICROS)));
        if (closed > 0) {
            log.info("Closed {} session attendance periods left open by the last run", closed);
        }
    }
}
