package org.cohesion.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.cohesion.base.AbstractEntity;
import org.cohesion.base.i18n.Locales;
import org.cohesion.security.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in to Cohesion. */
@Entity
@Table(name = "app_user")
public class User extends AbstractEntity {

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "preferred_locale")
    private String preferredLocale;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean blocked;

    @Column(name = "reduced_presence", nullable = false)
    private boolean reducedPresence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = new HashSet<>();

    protected User() {
    }

    public User(String username, String displayName, String passwordHash, Locale preferredLocale,
                Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.preferredLocale = preferredLocale == null ? null : Locales.toTag(preferredLocale);
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** The saved language, or null when the person never chose one. */
    public Locale getPreferredLocale() {
        return Locales.fromTag(preferredLocale);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** True when the person does not want others to see them in live workspaces. */
    public boolean isReducedPresence() {
        return reducedPresence;
    }

    void changeReducedPresence(boolean reducedPresence) {
        this.reducedPresence = reducedPresence;
    }

    void changeDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void changePreferredLocale(Locale locale) {
        this.preferredLocale = locale == null ? null : Locales.toTag(locale);
    }

    void changeRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** Blocked by moderators: may not sign in, contributions hidden. */
    public boolean isBlocked() {
        return blocked;
    }

    void changeBlocked(boolean blocked) {
        this.blocked = blocked;
    }

    void changeEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
