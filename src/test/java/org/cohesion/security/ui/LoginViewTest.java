package org.cohesion.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.cohesion.KaribuTest;
import org.cohesion.security.LoginThrottledException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Test
    void failedSignInShowsATranslatedErrorThatDoesNotSayWhetherTheUserExists() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("x"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18nOf(form)).contains("The username or password is not correct. Please try again.");
    }

    @Test
    void throttledSignInSaysToWait() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottledException());
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(i18nOf(form)).contains("尝试次数过多").doesNotContain("用户名或密码不正确");
    }

    private static String i18nOf(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void signedInPeopleAreSentHome() {
        login("wangfang");
        UI.getCurrent().navigate("login");
        assertThat(currentPath()).isEmpty();
    }
}
