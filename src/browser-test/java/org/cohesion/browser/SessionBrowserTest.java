package org.cohesion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CohesionUser;
import org.cohesion.session.AgendaItemDraft;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A planner hosts a live session and a guest joins by its code in another Chromium context: the guest consents to
 * follow, the host's focus moves the guest's view, the timer shows for both, and the guest sees the plan's drawing.
 * Screenshots land in target/screenshots.
 */
class SessionBrowserTest extends BrowserTestBase {

    @Autowired
    PlanService plans;
    @Autowired
    CommunityService communities;
    @Autowired
    SessionService sessions;
    @Autowired
    UserDetailsService users;

    private SessionSummary session;

    @BeforeEach
    void aLiveSession() {
        CohesionUser planner = (CohesionUser) users.loadUserByUsername("planner");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities()));
        try {
            long changhong = communities.myCommunities().stream()
                    .filter(c -> "Changhong Residential District".equals(c.name().en()))
                    .findFirst().orElseThrow().communityId();
            long planId = plans.create(changhong, "Session plan " + UUID.randomUUID().toString().substring(0, 8),
                    PlanKind.POCKET_PARK);
            plans.saveField(planId, PlanField.GOALS, "More shade and benches with backs for older residents.");
            plans.saveField(planId, PlanField.DESIGN_PROPOSAL, "A pergola along the south wall.\n\nA play corner.");
            session = sessions.schedule(planId, "Residents' meeting 居民议事会", Instant.now(), List.of(
                    new AgendaItemDraft("Welcome 欢迎"), new AgendaItemDraft("Goals 目标", PlanField.GOALS, null)),
                    true);
            sessions.start(session.id());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aGuestJoinsByCodeFollowsTheHostAndSeesTheTimer() {
        Page host = signIn(newPage(ENGLISH), "planner", PASSWORD);
        expectText(host, "My communities");
        host.navigate(url("/sessions/" + session.id()));
        expectText(host, "Host controls");

        Page guest = newPage(CHINESE);
        guest.navigate(url("/join/" + session.joinCode().toLowerCase()));
        expectText(guest, "Residents' meeting 居民议事会");
        guest.fill(".join-guest vaadin-text-field input", "老张 Lao Zhang");
        guest.getByText("以访客身份加入").first().click();
        expectText(guest, "举手");
        expectText(host, "老张 Lao Zhang");

        host.getByText("Ask everyone to follow").first().click();
        expectText(guest, "跟随主持人？");
        guest.locator("vaadin-dialog-overlay vaadin-button").getByText("跟随").first().click();
        expectText(host, "1 following the host");

        host.locator(".host-row vaadin-select").click();
        host.locator("vaadin-select-item").getByText("Goals").first().click();
        host.getByText("Focus on it").first().click();
        guest.waitForSelector("#session-text-goals.followed-focus");

        host.locator(".host-row vaadin-integer-field input").fill("2");
        host.getByText("Start timer").first().click();
        guest.waitForFunction("() => { const t = document.querySelector('.session-timer'); return t && /^0[12]:[0-5][0-9]$/.test(t.textContent); }");
        host.waitForFunction("() => { const t = document.querySelector('.session-timer'); return t && /^0[12]:[0-5][0-9]$/.test(t.textContent); }");

        Path dir = Path.of("target", "screenshots");
        host.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("session-host.png")).setFullPage(true));
        guest.setViewportSize(390, 844);
        guest.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("session-guest-phone.png")));
        Page presenter = host.context().newPage();
        presenter.setViewportSize(1280, 720);
        presenter.navigate(url("/sessions/" + session.id() + "/present"));
        presenter.waitForSelector(".presenter-qr svg");
        presenter.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("session-presenter.png")));
        assertThat(guest.locator("#session-text-goals").getAttribute("class")).contains("followed-focus");
    }
}
