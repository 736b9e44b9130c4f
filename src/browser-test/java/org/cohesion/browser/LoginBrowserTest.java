package org.cohesion.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in through the real login page in Chromium, in both languages, with several people signed in at once
 * in separate browser contexts, and the translated error pages. Uses the demo data of the default profile.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginBrowserTest {

    private static final String PASSWORD = "cohesion-demo";
    private static final String ENGLISH = "en-US";
    private static final String CHINESE = "zh-CN";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        Assumptions.assumeTrue(Chromium.isInstalled(), Chromium.SKIPPED);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

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

    private Page newPage(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale));
        context.setDefaultTimeout(60_000);
        contexts.add(context);
        return context.newPage();
    }

    private Page signIn(Page page, String username, String password) {
        if (!page.url().contains("/login")) {
            page.navigate(url("/login"));
        }
        page.waitForSelector("vaadin-login-form input[name=username]");
        page.fill("vaadin-login-form input[name=username]", username);
        page.fill("vaadin-login-form input[name=password]", password);
        page.press("vaadin-login-form input[name=password]", "Enter");
        page.waitForLoadState();
        return page;
    }

    private static void expectText(Page page, String text) {
        try {
            page.getByText(text).first().waitFor();
        } catch (TimeoutError e) {
            fail("Expected \"%s\" on %s; the page showed:%n%s", text, page.url(), page.innerText("body"));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
