package org.cohesion.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in right now, for services and views. */
@Component
public class CurrentUser {

    /** The signed-in user, if any. */
    public Optional<CohesionUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof CohesionUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; refuses when nobody is signed in. */
    public CohesionUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The id of the signed-in user; refuses when nobody is signed in. */
    public long requireId() {
        return require().id();
    }

    public boolean hasRole(Role role) {
        return find().map(u -> u.hasRole(role)).orElse(false);
    }
}
