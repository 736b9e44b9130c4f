package org.cohesion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-in through the real login page in Chromium, in both languages, with several people signed in at once
 * in separate browser contexts, and the translated error pages. Uses the demo data of the default profile.
 */
class LoginBrowserTest extends BrowserTestBase {

    @Autowired
    ServletContext servletContext;

    @Test
    void residentSignsInAndSeesHerCommunityInHerSavedLanguage() {
        Page page = signIn(newPage(ENGLISH), "wangfang", PASSWORD);

        expectText(page, "我的社区");
        expectText(page, "长虹居民区");
        assertThat(page.url()).doesNotContain("/login");
        assertThat(page.locator(".my-communities").innerText()).contains("长虹居民区").doesNotContain("华山花园");
    }

    @Test
    void wrongPasswordShowsTheTranslatedErrorAndStaysOnLogin() {
        Page page = newPage(CHINESE);
        page.navigate(url("/login"));
        expectText(page, "登录");
        signIn(page, "wangfang", "not-her-password");

        expectText(page, "用户名或密码不正确");
        assertThat(page.url()).contains("/login?error");
        page.navigate(url("/"));
        page.waitForSelector("vaadin-login-form");
        assertThat(page.url()).endsWith("/login");
    }

    @Test
    void twoPeopleSignedInAtOnceEachSeeTheirOwnLanguageAndCommunities() {
        Page sarah = newPage(ENGLISH);
        Page liming = newPage(CHINESE);
        signIn(sarah, "sarah", PASSWORD);
        signIn(liming, "liming", PASSWORD);

        expectText(sarah, "My communities");
        expectText(sarah, "Changhong Residential District");
        expectText(liming, "我的社区");
        expectText(liming, "华山花园");

        sarah.reload();
        liming.reload();
        expectText(sarah, "Yuyuan Road Residential District");
        expectText(liming, "华山花园");
        assertThat(sarah.locator(".user-name").first().innerText()).isEqualTo("Sarah Miller");
        assertThat(liming.locator(".user-name").first().innerText()).isEqualTo("李明 Li Ming");
        assertThat(sarah.locator(".my-communities").innerText()).doesNotContain("华山花园", "Huashan Garden");
        assertThat(liming.locator(".my-communities").innerText()).doesNotContain("长虹居民区", "My communities");
    }

    @Test
    void residentOpeningAnAdminOnlyViewSeesAccessDenied() {
        Page page = signIn(newPage(ENGLISH), "sarah", PASSWORD);
        expectText(page, "My communities");

        page.navigate(url("/browser-test/admin-only"));
        expectText(page, "Access denied");
        assertThat(page.url()).endsWith("/browser-test/admin-only");
        assertThat(page.content()).doesNotContain("admin-only probe");
    }

    @Test
    void residentOpeningAdministrationSeesAccessDenied() {
        Assumptions.assumeTrue(RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(
                        new VaadinServletContext(servletContext))).getRoute("admin").isPresent(),
                "No /admin route on this branch yet: the administration view is not here");
        Page page = signIn(newPage(CHINESE), "wangfang", PASSWORD);
        expectText(page, "我的社区");

        page.navigate(url("/admin"));
        expectText(page, "无权访问");
        assertThat(page.url()).endsWith("/admin");
    }

    @Test
    void unknownRouteShowsPageNotFound() {
        Page page = signIn(newPage(ENGLISH), "sarah", PASSWORD);
        expectText(page, "My communities");

        page.navigate(url("/no-such-page"));
        expectText(page, "Page not found");
        assertThat(page.url()).endsWith("/no-such-page");
        assertThat(page.locator(".my-communities").count()).isZero();
    }
}
