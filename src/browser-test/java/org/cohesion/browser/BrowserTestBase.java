package org.cohesion.browser;

import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser tests: the app on a random port with the demo data, Chromium, one browser context per
 * person (so several people can be signed in at once), sign-in through the real login page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestBase {

    static final String PASSWORD = "cohesion-demo";
    static final String ENGLISH = "en-US";
    static final String CHINESE = "zh-CN";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

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
            playwright = null;
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A page in a new browser context (a separate person) with this browser language. */
    Page newPage(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale));
        context.setDefaultTimeout(60_000);
        contexts.add(context);
        return context.newPage();
    }

    Page signIn(Page page, String username, String password) {
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

    static void expectText(Page page, String text) {
        try {
            page.getByText(text).first().waitFor();
        } catch (TimeoutError e) {
            fail("Expected \"%s\" on %s; the page showed:%n%s", text, page.url(), page.innerText("body"));
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
