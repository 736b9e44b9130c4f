package org.cohesion;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.cohesion.security.CohesionUser;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Mocked Vaadin sessions and sign-in for browserless UI tests; everything applies to the calling thread. */
public final class KaribuSupport {

    private static final Routes ROUTES = discoverRoutes();
    private static final String SESSION_KEY =
            org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private KaribuSupport() {
    }

    /** Opens a mocked Vaadin session and UI (English) on this thread, with a servlet of its own. */
    public static void setUp(ApplicationContext context) {
        setUp(newServlet(context));
    }

    /**
     * A servlet to share between simulated users: sessions of one servlet share its Collaboration Engine
     * (as on a real server); a new servlet starts with an empty one, as after a restart.
     */
    public static VaadinServlet newServlet(ApplicationContext context) {
        // tests share one application context: each starts with full rate-limit buckets
        context.getBean(org.cohesion.ratelimit.RateLimits.class).reset();
        return new MockSpringServlet(ROUTES, context, UI::new);
    }

    /** Opens a mocked Vaadin session and UI (English) on this thread, on the given servlet. */
    public static void setUp(VaadinServlet servlet) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, servlet);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** Signs in as this user in Spring's security context and on the fake request of this thread. */
    public static CohesionUser login(ApplicationContext context, String username) {
        CohesionUser user = (CohesionUser) context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        // as on a real server, the session keeps the sign-in: Vaadin's security context strategy falls back to it
        // when Collaboration Engine runs a UI's pending work on one of its own threads
        var stored = SecurityContextHolder.createEmptyContext();
        stored.setAuthentication(auth);
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().getSession().setAttribute(SESSION_KEY, stored);
        }
        return user;
    }

    /** Signs out on this thread. */
    public static void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getSession() != null) {
            VaadinSession.getCurrent().getSession().removeAttribute(SESSION_KEY);
        }
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    /** Signs out and closes the mocked session of this thread. */
    public static void tearDown() {
        logout();
        MockVaadin.tearDown();
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
}
