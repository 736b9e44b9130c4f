package org.cohesion.moderation;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.cohesion.base.Transactions;
import org.cohesion.moderation.internal.AuditEntryRepository;
import org.cohesion.security.CohesionUser;
import org.cohesion.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Writes audit entries. {@link #record} joins the caller's transaction, so a change and its entry are committed
 * together or not at all; {@link #recordSeparately} commits on its own (refusals, which change nothing).
 */
@Component
public class AuditLog {

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, CurrentUser currentUser, Transactions transactions, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records an action of the signed-in person (or of the system when nobody is signed in). */
    void record(AuditAction action, String targetType, Long targetId, String targetLabel, Long communityId,
                String reason, String detail) {
        CohesionUser me = currentUser.find().orElse(null);
        recordAs(me == null ? null : me.id(), me == null ? "system" : me.getUsername(), action, targetType, targetId,
                targetLabel, communityId, reason, detail);
    }

    /** Records an action of the given person, in the caller's transaction (a new one when there is none). */
    void recordAs(Long actorId, String actorName, AuditAction action, String targetType, Long targetId,
                  String targetLabel, Long communityId, String reason, String detail) {
        transactions.write(() -> entries.save(new AuditEntry(clock.instant().truncatedTo(ChronoUnit.MICROS),
                actorId, actorName, action, targetType, targetId, targetLabel, communityId, reason, detail)));
    }

    /** Records an action in a transaction of its own (kept even when the caller's work is rolled back). */
    void recordSeparately(AuditAction action, String targetType, Long targetId, String targetLabel,
                          Long communityId, String reason, String detail) {
        transactions.writeSeparately(() -> {
            record(action, targetType, targetId, targetLabel, communityId, reason, detail);
            return null;
        });
    }
}
