package org.cohesion.security;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because too many attempts failed for this username. */
public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException() {
        super("Too many failed sign-ins; try again later");
    }
}
