package org.cohesion.people;

import java.util.Set;
import org.cohesion.security.Role;

/** What an admin types to create or change a person. {@code password} is only used on creation. */
public record PersonForm(String username, String displayName, String password, Set<Role> roles,
                         boolean enabled) {
}
