package org.cohesion.moderation;

import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.Transactions;
import org.cohesion.base.Validation;
import org.cohesion.moderation.internal.ModerationItemRepository;
import org.cohesion.people.AccountBlocking;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Blocking a person: they cannot sign in, their signed-in sessions end, and all their visible contributions are
 * hidden ({@link Visibility#BLOCKED}) until they are unblocked. Moderators block members of their communities,
 * admins anyone; moderators and admins themselves cannot be blocked here (an admin changes their roles first).
 */
@Service
public class BlockService {

    private final AccountBlocking accounts;
    private final ContentPorts ports;
    private final ModerationItemRepository items;
    private final ModeratorScope scope;
    private final SignedInSessions sessions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Transactions transactions;

    BlockService(AccountBlocking accounts, ContentPorts ports, ModerationItemRepository items,
                 ModeratorScope scope, SignedInSessions sessions, AuditLog audit, CurrentUser currentUser,
                 Transactions transactions) {
        this.accounts = accounts;
        this.ports = ports;
        this.items = items;
        this.scope = scope;
        this.sessions = sessions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transactions = transactions;
    }

    /** Whether the person is blocked. */
    @PreAuthorize("isAuthenticated()")
    public boolean isBlocked(long userId) {
        scope.requireModerator("blocked state of user " + userId);
        return account(userId).blocked();
    }

    /**
     * Blocks a person with a reason (required, at {@code reason}); returns how many contributions were hidden.
     * Their sessions on this node end at once.
     */
    @PreAuthorize("isAuthenticated()")
    public int block(long userId, String reason) {
        AccountBlocking.Account target = requireScope(userId, "block user " + userId);
        String checked = reason == null ? null : reason.strip();
        Validation v = new Validation().required("reason", checked).maxLength("reason", checked,
                ModerationService.MAX_REASON);
        if (userId == currentUser.requireId()) {
            v.reject("reason", "moderation.block.self");
        } else if (target.roles().contains(Role.MODERATOR) || target.roles().contains(Role.ADMIN)) {
            v.reject("reason", "moderation.block.moderator");
        } else if (target.blocked()) {
            v.reject("reason", "moderation.block.already");
        }
        v.throwIfInvalid();
        int hidden = transactions.write(() -> {
            accounts.setBlocked(userId, true);
            int n = 0;
            for (ContentModerationPort port : ports.all()) {
                n += port.blockAuthor(userId);
            }
            items.findByAuthorId(userId).stream().filter(i -> i.getVisibility() == Visibility.VISIBLE)
                    .forEach(i -> i.visibilityChanged(Visibility.BLOCKED));
            audit.record(AuditAction.BLOCK, "USER", userId, target.username(), null, checked,
                    "contributions hidden: " + n);
            return n;
        });
        sessions.end(userId);
        return hidden;
    }

    /** Unblocks a person: they may sign in again and their contributions hidden by the block are visible again. */
    @PreAuthorize("isAuthenticated()")
    public int unblock(long userId) {
        AccountBlocking.Account target = requireScope(userId, "unblock user " + userId);
        if (!target.blocked()) {
            return 0;
        }
        return transactions.write(() -> {
            accounts.setBlocked(userId, false);
            int n = 0;
            for (ContentModerationPort port : ports.all()) {
                n += port.unblockAuthor(userId);
            }
            items.findByAuthorId(userId).stream().filter(i -> i.getVisibility() == Visibility.BLOCKED)
                    .forEach(i -> i.visibilityChanged(Visibility.VISIBLE));
            audit.record(AuditAction.UNBLOCK, "USER", userId, target.username(), null, null,
                    "contributions restored: " + n);
            return n;
        });
    }

    private AccountBlocking.Account requireScope(long userId, String what) {
        scope.requireModerator(what);
        AccountBlocking.Account target = account(userId);
        if (!scope.isAdmin() && target.communityIds().stream().noneMatch(scope::moderates)) {
            scope.requireModeratorOf(target.communityIds().stream().findFirst().orElse(-1L), what);
        }
        return target;
    }

    private AccountBlocking.Account account(long userId) {
        return accounts.account(userId).orElseThrow(() -> new ObjectNotFoundException("User " + userId));
    }

}
