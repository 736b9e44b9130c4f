package org.cohesion.people.internal;

import java.util.Locale;
import org.cohesion.people.User;
import org.cohesion.security.CohesionUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads people for Spring Security's password sign-in. */
@Service
class UserAccountDetailsService implements UserDetailsService {

    private final UserRepository users;

    UserAccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        User u = users.findByUsername(normalized).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new CohesionUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getPasswordHash(),
                u.getPreferredLocale(), u.getRoles(), u.isEnabled(), u.isBlocked());
    }
}
