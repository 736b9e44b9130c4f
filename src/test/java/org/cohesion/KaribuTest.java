package org.cohesion;

import com.vaadin.flow.component.UI;
import org.cohesion.security.CohesionUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Base of browserless UI tests: a Spring context with the demo data, a mocked Vaadin session per test,
 * and sign-in as a demo user (in Spring's security context and on the fake request, so view access checks
 * see it too).
 */
@SpringBootTest
public abstract class KaribuTest {

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        // tests share one application context: each starts with full rate-limit buckets
        context.getBean(org.cohesion.ratelimit.RateLimits.class).reset();
        KaribuSupport.setUp(context);
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuSupport.tearDown();
    }

    /** Signs in as this (demo) user. */
    protected CohesionUser login(String username) {
        return KaribuSupport.login(context, username);
    }

    protected void logout() {
        KaribuSupport.logout();
    }

    protected static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
