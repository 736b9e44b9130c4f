package org.cohesion.moderation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.cohesion.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** A blocked person's refused sign-in says so, translated. */
class BlockedLoginTest extends KaribuTest {

    @Test
    void blockedSignInSaysTheAccountIsBlocked() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LockedException("blocked"));
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        String i18n = String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("你的账户已被封禁").doesNotContain("用户名或密码不正确");
    }
}
