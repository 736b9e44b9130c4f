package org.cohesion.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Site drawings in Chromium against the real server: a multi-megabyte upload through Vaadin's upload (past the
 * servlet container's multipart limits), the image served by the MVC controller to the signed-in session, a
 * refused file, and what readers and people of other communities get.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DrawingsBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String PASSWORD = "cohesion-demo";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    DrawingService drawings;
    @Autowired
    PlanService plans;
    @Autowired
    CommunityService communities;
    @Autowired
    UserDetailsService users;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private long planId;

    @BeforeAll
    static void launchChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Browser tier skipped: " + CHROMIUM + " not found");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void planInChanghong() {
        DrawingTestSupport.login(users, "planner");
        planId = DrawingTestSupport.newPlan(plans, communities, DrawingTestSupport.CHANGHONG);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        SecurityContextHolder.clearContext();
    }

    @Test
    void coEditorUploadsALargeDrawingThatIsThenServedAndCached() {
        byte[] large = TestImages.noisyPng(1100, 1000);
        assertThat(large.length).as("larger than Spring Boot's default 1 MB multipart limit").isGreaterThan(3_000_000);
        Page page = openPanel("planner");
        expectText(page, "This plan has no site drawings yet.");

        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("Survey 2024.png", "image/png",
                large));

        page.waitForSelector("img.drawing-image[src^='drawings/']");
        page.waitForFunction("() => { const i = document.querySelector('img.drawing-image');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        assertThat(page.evalOnSelector("img.drawing-image", "i => i.naturalWidth")).isEqualTo(1100);
        assertThat(page.getAttribute("img.drawing-image", "alt")).isEqualTo("Site drawing: Survey 2024");
        page.click("vaadin-button[aria-label='Zoom in']");
        page.waitForFunction("() => document.querySelector('.drawing-stage').style.width === '150%'");

        DrawingTestSupport.login(users, "planner");
        DrawingInfo stored = drawings.drawings(planId).get(0);
        SecurityContextHolder.clearContext();
        assertThat(stored.sizeBytes()).isEqualTo(large.length);

        APIResponse response = page.context().request().get(url(stored.url()));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("cache-control", "private, max-age=31536000, immutable")
                .containsEntry("etag", "\"" + stored.sha256() + "\"")
                .containsEntry("content-type", "image/png");
        assertThat(response.body()).isEqualTo(large);

        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("notes.png", "image/png",
                TestImages.text()));
        expectText(page, "This file is not a PNG or JPEG image");
    }

    @Test
    void readersSeeTheDrawingWithoutUploadAndOtherCommunitiesSeeNothing() {
        DrawingTestSupport.login(users, "planner");
        DrawingInfo drawing = drawings.upload(planId, "Site plan", TestImages.png(300, 200));
        SecurityContextHolder.clearContext();

        Page resident = openPanel("sarah");
        resident.waitForFunction("() => { const i = document.querySelector('img.drawing-image');"
                + " return i && i.complete && i.naturalWidth === 300; }");
        assertThat(resident.locator("vaadin-upload").count()).isZero();

        Page other = signIn("liming");
        other.navigate(url("/browser-test/drawings/" + planId));
        expectText(other, "不存在");
        assertThat(other.context().request().get(url(drawing.url())).status()).isEqualTo(404);

        BrowserContext anonymous = newContext();
        APIResponse anonymousResponse = anonymous.request().get(url(drawing.url()),
                com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0));
        // drawings are open to guests of a live session of their plan; anyone else gets "not found"
        assertThat(anonymousResponse.status()).isEqualTo(404);
    }

    private Page openPanel(String username) {
        Page page = signIn(username);
        page.navigate(url("/browser-test/drawings/" + planId));
        page.waitForSelector(".drawings-panel");
        return page;
    }

    private Page signIn(String username) {
        Page page = newContext().newPage();
        page.navigate(url("/login"));
        page.waitForSelector("vaadin-login-form input[name=username]");
        page.fill("vaadin-login-form input[name=username]", username);
        page.fill("vaadin-login-form input[name=password]", PASSWORD);
        page.press("vaadin-login-form input[name=password]", "Enter");
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    private BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        context.setDefaultTimeout(60_000);
        contexts.add(context);
        return context;
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
