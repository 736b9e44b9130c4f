package org.cohesion.people;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.people.internal.MembershipRepository;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The blocked flag of accounts, for moderation (which checks its own scope first): a blocked person cannot sign in.
 * Hiding their contributions and ending their sessions is moderation's part.
 */
@Service
public class AccountBlocking {

    /** A person as moderation needs them: name, roles, blocked or not. */
    public record Account(long id, String username, String displayName, Set<Role> roles, boolean blocked,
                          Set<Long> communityIds) {
    }

    private final UserRepository users;
    private final MembershipRepository memberships;

    AccountBlocking(UserRepository users, MembershipRepository memberships) {
        this.users = users;
        this.memberships = memberships;
    }

    /** The account, if it exists. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Account> account(long userId) {
        return users.findById(userId).map(u -> new Account(u.getId(), u.getUsername(), u.getDisplayName(),
                u.getRoles(), u.isBlocked(), memberships.findByUserWithCommunity(userId).stream()
                        .map(m -> m.getCommunity().getId()).collect(Collectors.toSet())));
    }

    /** Sets or clears the blocked flag; joins the caller's transaction. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public void setBlocked(long userId, boolean blocked) {
        users.findById(userId).orElseThrow(() -> new ObjectNotFoundException("User " + userId)).changeBlocked(blocked);
    }
}
