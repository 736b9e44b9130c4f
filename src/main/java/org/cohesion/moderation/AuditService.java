package org.cohesion.moderation;

import java.util.List;
import java.util.function.Function;
import org.cohesion.base.Likes;
import org.cohesion.base.OffsetLimit;
import org.cohesion.base.Transactions;
import org.cohesion.moderation.internal.AuditEntryRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reading the append-only audit log: admins see every entry, moderators those of their communities (entries
 * without a community, such as account creation, are for admins). There is no method to change or delete one.
 */
@Service
public class AuditService {

    /** The most entries one CSV export holds. */
    public static final int MAX_EXPORT = 50_000;

    private final AuditEntryRepository entries;
    private final ModeratorScope scope;
    private final Transactions transactions;

    AuditService(AuditEntryRepository entries, ModeratorScope scope, Transactions transactions) {
        this.entries = entries;
        this.scope = scope;
        this.transactions = transactions;
    }

    /** One page of the entries the viewer may see that match the filter, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditRecord> search(AuditFilter filter, int offset, int limit) {
        scope.requireModerator("audit log");
        AuditFilter f = filter == null ? AuditFilter.all() : filter;
        return transactions.read(() -> entries.search(scope.isAdmin(), scope.queryCommunities(), f.action(),
                f.communityId(), f.from(), f.to(), like(f), new OffsetLimit(Math.max(0, offset),
                        Math.max(1, Math.min(500, limit))))).stream().map(AuditRecord::of).toList();
    }

    /** How many entries the viewer may see match the filter. */
    @PreAuthorize("isAuthenticated()")
    public long count(AuditFilter filter) {
        scope.requireModerator("audit log");
        AuditFilter f = filter == null ? AuditFilter.all() : filter;
        return transactions.read(() -> entries.countSearch(scope.isAdmin(), scope.queryCommunities(), f.action(),
                f.communityId(), f.from(), f.to(), like(f)));
    }

    /** The entries of one target (e.g. "COMMENT", id), oldest first; admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditRecord> forTarget(String targetType, long targetId) {
        return transactions.read(() -> entries.forTarget(targetType, targetId)).stream().map(AuditRecord::of)
                .toList();
    }

    /**
     * The matching entries (at most {@value #MAX_EXPORT}, newest first) as CSV: UTF-8 with a byte order mark so
     * spreadsheets show Chinese, cells quoted, and cells starting with {@code = + - @} prefixed with {@code '}
     * so no spreadsheet runs them as formulas. {@code actionLabel} names actions in the viewer's language.
     */
    @PreAuthorize("isAuthenticated()")
    public byte[] exportCsv(AuditFilter filter, List<String> header, Function<AuditAction, String> actionLabel) {
        List<AuditRecord> all = search(filter, 0, 1).isEmpty() ? List.of() : page(filter);
        return AuditCsv.write(header, all, actionLabel);
    }

    private List<AuditRecord> page(AuditFilter filter) {
        AuditFilter f = filter == null ? AuditFilter.all() : filter;
        return transactions.read(() -> entries.search(scope.isAdmin(), scope.queryCommunities(), f.action(),
                f.communityId(), f.from(), f.to(), like(f), new OffsetLimit(0, MAX_EXPORT))).stream()
                .map(AuditRecord::of).toList();
    }

    private static String like(AuditFilter f) {
        return f.text() == null || f.text().isBlank() ? null : Likes.containing(f.text());
    }
}
