package org.cohesion;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.cohesion.security.CohesionUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of browserless UI tests: a Spring context with the demo data, a mocked Vaadin session per test,
 * and sign-in as a demo user (in Spring's security context and on the fake request, so view access checks
 * see it too).
 */
@SpringBootTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService users;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs in as this (demo) user and opens the start page. */
    protected CohesionUser login(String username) {
        CohesionUser user = (CohesionUser) users.loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return user;
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    /** Karibu's own discovery skips package-private views, so routes are found with Spring's scanner. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes discovered = new Routes().autoDiscoverViews("org.cohesion");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("org.cohesion")) {
            try {
                discovered.getRoutes().add((Class<? extends Component>) Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return discovered;
    }

    protected static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
