package org.cohesion.demo;

import org.cohesion.security.CohesionUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Signs the seeding thread in as a demo user, so demo content goes through the real, secured services.
 * Callers keep {@link #current()} and hand it back to {@link #restore} when done.
 */
@Component
class DemoSignIn {

    private final UserDetailsService userDetails;

    DemoSignIn(UserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    SecurityContext current() {
        return SecurityContextHolder.getContext();
    }

    void as(String username) {
        CohesionUser user = (CohesionUser) userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    void restore(SecurityContext previous) {
        SecurityContextHolder.setContext(previous);
    }
}
