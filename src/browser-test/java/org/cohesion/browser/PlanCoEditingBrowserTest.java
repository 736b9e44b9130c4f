package org.cohesion.browser;


import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.cohesion.people.CommunityService;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CohesionUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two people co-edit one plan in two Chromium contexts: the planner sees the resident's avatar and her typed
 * title without reloading; the history names her as the author; the planner's restore reaches her live.
 */
class PlanCoEditingBrowserTest extends BrowserTestBase {

    @Autowired
    PlanService plans;
    @Autowired
    CommunityService communities;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserRepository userRepository;

    private long planId;
    private String originalTitle;

    @BeforeEach
    void createAPlanWithAResidentCoEditor() {
        CohesionUser planner = (CohesionUser) users.loadUserByUsername("planner");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities()));
        try {
            long changhong = communities.myCommunities().stream()
                    .filter(c -> "Changhong Residential District".equals(c.name().en()))
                    .findFirst().orElseThrow().communityId();
            originalTitle = "Browser plan " + UUID.randomUUID().toString().substring(0, 8);
            planId = plans.create(changhong, originalTitle, PlanKind.POCKET_PARK);
            plans.addEditor(planId, userRepository.findByUsername("wangfang").orElseThrow().getId());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void coEditorsSeeEachOtherLiveAndRestoreReachesEveryone() {
        Page resident = signIn(newPage(CHINESE), "wangfang", PASSWORD);
        expectText(resident, "我的社区");
        Page planner = signIn(newPage(ENGLISH), "planner", PASSWORD);
        expectText(planner, "My communities");

        resident.navigate(url("/plans/" + planId));
        planner.navigate(url("/plans/" + planId));
        waitForTitle(resident, originalTitle);
        waitForTitle(planner, originalTitle);

        planner.waitForFunction("() => { const g = document.querySelector('.plan-presence vaadin-avatar-group');"
                + " return g && g.items && g.items.some(i => i.name === '王芳 Wang Fang'); }");

        String typed = "长虹口袋公园 · 居民修改稿 " + UUID.randomUUID().toString().substring(0, 4);
        resident.fill("vaadin-text-field[data-field=title] input", typed);
        resident.press("vaadin-text-field[data-field=title] input", "Tab");
        waitForTitle(planner, typed);

        Page history = planner.context().newPage();
        history.navigate(url("/plans/" + planId + "/history"));
        expectText(history, "王芳 Wang Fang");

        history.locator("vaadin-grid-cell-content")
                .getByText("1", new Locator.GetByTextOptions().setExact(true)).first().click();
        history.getByText("Restore this revision").first().click();
        history.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
                .getByText("Restore", new Locator.GetByTextOptions().setExact(true))
                .first().click();

        waitForTitle(resident, originalTitle);
    }

    private static void waitForTitle(Page page, String title) {
        page.waitForFunction("t => { const f = document.querySelector('vaadin-text-field[data-field=title]');"
                + " return f && f.value === t; }", title);
    }
}
