package org.cohesion.people;

import java.util.Set;
import org.cohesion.security.Role;

/**
 * Published (Spring application event) inside the transaction that changed a person's roles, or created their
 * account ({@code before} empty), with who did it ({@code actorId} null for the system). Listeners that write in
 * the same transaction commit with the change or not at all.
 */
public record RolesChanged(long userId, String username, Set<Role> before, Set<Role> after, boolean created,
                           Long actorId, String actorName) {
}
