package org.cohesion.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them: identity, roles and saved language. */
public final class CohesionUser implements UserDetails {

    private final long id;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final Locale preferredLocale;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean blocked;

    public CohesionUser(long id, String username, String displayName, String passwordHash,
                        Locale preferredLocale, Set<Role> roles, boolean enabled) {
        this(id, username, displayName, passwordHash, preferredLocale, roles, enabled, false);
    }

    /** A person who may be blocked by moderators: a blocked account is locked (sign-in refused). */
    public CohesionUser(long id, String username, String displayName, String passwordHash,
                        Locale preferredLocale, Set<Role> roles, boolean enabled, boolean blocked) {
        this.blocked = blocked;
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.preferredLocale = preferredLocale;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The language the person saved, or null when they never chose one. */
    public Locale preferredLocale() {
        return preferredLocale;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !blocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CohesionUser u && u.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
