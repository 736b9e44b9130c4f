package org.cohesion.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The real authentication manager: wrong passwords and unknown users look alike; five failures lock. */
@SpringBootTest
class LoginThrottlingTest {

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void unlock() {
        throttle.recordSuccess("sarah");
    }

    @Test
    void demoUserSignsInWithTheDocumentedPassword() {
        var result = authentication.authenticate(token("liming", "cohesion-demo"));
        assertThat(result.getPrincipal()).isInstanceOf(CohesionUser.class);
        assertThat(((CohesionUser) result.getPrincipal()).hasRole(Role.RESIDENT)).isTrue();
    }

    @Test
    void unknownUserAndWrongPasswordFailTheSameWay() {
        assertThatThrownBy(() -> authentication.authenticate(token("moderator", "wrong-password")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authentication.authenticate(token("no-such-user-xyz", "wrong-password")))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void fiveFailuresLockEvenTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authentication.authenticate(token("sarah", "not-her-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> authentication.authenticate(token("sarah", "cohesion-demo")))
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> authentication.authenticate(token("SARAH", "cohesion-demo")))
                .isInstanceOf(LoginThrottledException.class);
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
