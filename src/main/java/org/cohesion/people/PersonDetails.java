package org.cohesion.people;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cohesion.security.Role;

/** A person as the admin screen shows them. {@code memberships} is empty in list results. */
public record PersonDetails(long id, long version, String username, String displayName, Set<Role> roles,
                            boolean enabled, Locale preferredLocale, Instant createdAt,
                            List<MembershipDetails> memberships) {

    static PersonDetails of(User u, List<MembershipDetails> memberships) {
        return new PersonDetails(u.getId(), u.getVersion(), u.getUsername(), u.getDisplayName(), u.getRoles(),
                u.isEnabled(), u.getPreferredLocale(), u.getCreatedAt(), memberships);
    }
}
