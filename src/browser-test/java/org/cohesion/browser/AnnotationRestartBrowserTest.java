package org.cohesion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cohesion.Application;
import org.cohesion.annotation.AnnotationFilter;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.discussion.CommentView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.record.EndedSessionFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 4, restart part: a pin and a reply made in two Chromium contexts (Chinese and English) are still there
 * after the server stops and starts again. Issue 5 likewise: the record of an ended session (attendance, agenda,
 * annotations and comments made during it) is complete on the restarted server and downloads as Markdown. The test starts the application itself, as it is deployed by
 * default: an H2 file database in a temporary directory, a fixed port; it closes the application (Tomcat stops,
 * the database closes, Collaboration Engine's in-memory topics are gone) and starts a new one on the same
 * database and port, where both people sign in again and find the pin and the reply.
 *
 * <p>It runs in the browser tier's JVM, next to the Spring test context of the other browser tests, which stays
 * up. Each start of the application installs its own security context strategy (Vaadin's, with its own
 * thread-local) in Spring Security's static {@code SecurityContextHolder}, while each application's services
 * check the one they were built with: so the strategy found before is put back afterwards, or the other tests'
 * sign-ins would no longer reach their services.
 */
@Tag("browser")
class AnnotationRestartBrowserTest {

    private static final String PASSWORD = "cohesion-demo";

    private static Playwright playwright;
    private static Browser browser;

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext app;
    private SecurityContextHolderStrategy strategyBefore;
    private int port;
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

    @BeforeEach
    void rememberSecurityContextStrategy() {
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void stop() {
        try {
            contexts.forEach(BrowserContext::close);
            contexts.clear();
            if (app != null) {
                app.close();
                app = null;
            }
        } finally {
            SecurityContextHolder.setContextHolderStrategy(strategyBefore);
        }
    }

    @Test
    void aPinAndItsReplyAreStillThereAfterARestart() {
        port = freePort();
        app = start();
        long planId = planWithADrawing();
        String planUrl = url("/plans/" + planId);

        Page wangfang = signIn(newPage("zh-CN"), "wangfang");
        Page sarah = signIn(newPage("en-US"), "sarah");
        AnnotationPages.openWorkspace(wangfang, planUrl);
        AnnotationPages.openWorkspace(sarah, planUrl);

        String comment = "这里需要一个无障碍坡道 " + UUID.randomUUID().toString().substring(0, 6);
        AnnotationPages.placePin(wangfang, AnnotationPages.CHINESE, 0.7, 0.6, comment);
        AnnotationPages.pin(sarah, 1).waitFor(new Locator.WaitForOptions().setTimeout(1_000));
        AnnotationPages.selectPin(sarah, 1);
        String reply = "Yes, and a handrail on both sides " + UUID.randomUUID().toString().substring(0, 6);
        AnnotationPages.post(sarah, AnnotationPages.ENGLISH, reply);
        AnnotationPages.waitForComment(wangfang, reply);

        app.close();
        app = start();

        // both pages are still open on the old session, which died with the server: sign in again
        for (Page page : List.of(wangfang, sarah)) {
            page.navigate(planUrl);
            page.waitForURL(u -> u.contains("/login"));
        }
        signIn(wangfang, "wangfang");
        signIn(sarah, "sarah");
        for (Page page : List.of(wangfang, sarah)) {
            AnnotationPages.openWorkspace(page, planUrl);
            Locator pin = AnnotationPages.pin(page, 1);
            pin.waitFor();
            assertThat(pin.getAttribute("aria-label")).contains(comment);
            assertThat(pin.getAttribute("class")).contains("category-concern");
            AnnotationPages.selectPin(page, 1);
            AnnotationPages.waitForComment(page, reply);
        }
        assertThat(wangfang.locator("button.annotation-pin").count()).isEqualTo(1);
        assertThat(wangfang.locator(".annotation-thread .comment-author").first().innerText())
                .isEqualTo("Sarah Miller");

        // and in the database the restarted server reads
        DrawingTestSupport.login(app.getBean(UserDetailsService.class), "planner");
        try {
            List<AnnotationInfo> pins = app.getBean(AnnotationService.class).list(planId, null, 0, 10);
            assertThat(pins).singleElement().satisfies(a -> {
                assertThat(a.number()).isEqualTo(1);
                assertThat(a.body()).isEqualTo(comment);
                assertThat(a.authorName()).isEqualTo("王芳 Wang Fang");
            });
            DiscussionService discussion = app.getBean(DiscussionService.class);
            long threadId = discussion.threadFor(planId, SubjectType.ANNOTATION, pins.get(0).id()).id();
            assertThat(discussion.newest(threadId, 10)).extracting(CommentView::body).containsExactly(reply);
            assertThat(app.getBean(AnnotationService.class).count(planId, AnnotationFilter.drawing(
                    pins.get(0).drawingId()))).isEqualTo(1);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theRecordOfAnEndedSessionIsCompleteAfterARestartAndDownloadsAsMarkdown() throws IOException {
        port = freePort();
        app = start();
        EndedSessionFixture ended = EndedSessionFixture.create(app);
        SessionSummary s = ended.session();

        app.close();
        app = start();

        // nothing of it lives in Collaboration Engine: the restarted server reads it all from the database
        Page sarah = signIn(newPage("en-US"), "sarah");
        sarah.navigate(url("/sessions/" + s.id()));
        sarah.waitForSelector("#record-attendance");
        String page = sarah.locator(".session-record").innerText();
        assertThat(page).contains("Session record: " + s.title(), "王芳 Wang Fang", EndedSessionFixture.GUEST,
                "2 of 3 items covered", EndedSessionFixture.PIN_DURING.substring(0, 10), "How bright?",
                EndedSessionFixture.REPLY_DURING).doesNotContain("Before the session", "After the session");
        assertThat(sarah.locator(".record-table tbody tr").count()).isEqualTo(3);
        sarah.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "session-record.png")));

        Download download = sarah.waitForDownload(() -> sarah.locator("a.record-download").click());
        assertThat(download.suggestedFilename()).startsWith("Residents-meeting-").endsWith(".md");
        String md = java.nio.file.Files.readString(download.path());
        assertThat(md).startsWith("# Session record: " + s.title() + "\n")
                .contains("## Attendance", "| 王芳 Wang Fang | member |", "\\[click me\\](http://evil.example)")
                .doesNotContain("Before the session");

        // a guest's access ended with the session: without a sign-in the record is not shown
        Page guest = newPage("zh-CN");
        guest.navigate(url("/sessions/" + s.id()));
        guest.waitForURL(u -> u.contains("/login"));
    }

    /**
     * Starts the application on the temporary file database and the fixed port. Command-line arguments, so
     * that they win over the test classpath's application-default.properties (in-memory H2).
     */
    private ConfigurableApplicationContext start() {
        String db = dataDir.resolve("cohesion").toAbsolutePath().toString();
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + db
                        + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;TIME ZONE=UTC;AUTO_SERVER=FALSE",
                "--cohesion.demo-data.enabled=true",
                "--spring.main.banner-mode=off",
                "--spring.devtools.restart.enabled=false",
                "--spring.devtools.livereload.enabled=false");
    }

    private long planWithADrawing() {
        DrawingTestSupport.login(app.getBean(UserDetailsService.class), "planner");
        try {
            long planId = DrawingTestSupport.newPlan(app.getBean(PlanService.class),
                    app.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
            app.getBean(DrawingService.class).upload(planId, "Site plan", TestImages.png(800, 500));
            return planId;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Page newPage(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale));
        context.setDefaultTimeout(60_000);
        contexts.add(context);
        return context.newPage();
    }

    private Page signIn(Page page, String username) {
        if (!page.url().contains("/login")) {
            page.navigate(url("/login"));
        }
        page.waitForSelector("vaadin-login-form input[name=username]");
        page.fill("vaadin-login-form input[name=username]", username);
        page.fill("vaadin-login-form input[name=password]", PASSWORD);
        page.press("vaadin-login-form input[name=password]", "Enter");
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
