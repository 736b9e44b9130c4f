package org.cohesion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.FlagReason;
import org.cohesion.moderation.ModerationService;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 6 in two Chromium contexts: a resident (Chinese) reads a plan's discussion; a moderator (English) hides a
 * flagged comment from the queue with a reason; the comment goes away on the resident's screen without reloading.
 */
class ModerationBrowserTest extends BrowserTestBase {

    static final String COMMENT = "Call me on 138 0013 8000 — 打我电话 " + Long.toString(System.nanoTime(), 36);

    @Autowired
    PlanService plans;
    @Autowired
    CommunityService communities;
    @Autowired
    DiscussionService discussion;
    @Autowired
    ModerationService moderation;
    @Autowired
    UserDetailsService users;

    private long planId;

    @BeforeEach
    void aFlaggedComment() {
        try {
            DrawingTestSupport.login(users, "planner");
            planId = DrawingTestSupport.newPlan(plans, communities, DrawingTestSupport.CHANGHONG);
            DrawingTestSupport.login(users, "sarah");
            long comment = discussion.post(discussion.threadFor(planId, SubjectType.GENERAL, null).id(), null,
                    COMMENT).id();
            DrawingTestSupport.login(users, "planner");
            moderation.flag(ContentType.COMMENT, comment, FlagReason.PERSONAL_INFORMATION, null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aModeratorHidesAFlaggedCommentAndItDisappearsForTheResidentLive() {
        Page resident = signIn(newPage(CHINESE), "wangfang", PASSWORD);
        expectText(resident, "我的社区");
        resident.navigate(url("/plans/" + planId));
        expectText(resident, COMMENT);

        Page moderator = signIn(newPage(ENGLISH), "moderator", PASSWORD);
        expectText(moderator, "My communities");
        moderator.navigate(url("/moderation"));
        expectText(moderator, COMMENT.substring(0, 20));
        // the grid's rows live in its shadow DOM: tick the selection box of the row showing the comment
        Object ticked = moderator.evaluate("""
                text => {
                  const grid = document.querySelector('vaadin-grid');
                  for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {
                    const cells = [...row.querySelectorAll('td slot')].map(s => s.assignedElements()[0]);
                    if (cells.some(c => c && c.textContent.includes(text))) {
                      cells[0].querySelector('vaadin-checkbox').click();
                      return true;
                    }
                  }
                  return false;
                }""", COMMENT.substring(0, 20));
        assertThat(ticked).isEqualTo(true);
        moderator.locator("vaadin-button").filter(new Locator.FilterOptions()
                .setHasText("Hide")).first().click();
        moderator.locator("vaadin-dialog-overlay vaadin-text-area textarea").fill("A phone number 电话号码");
        moderator.locator("vaadin-dialog-overlay vaadin-button").filter(
                new Locator.FilterOptions().setHasText("Hide")).first().click();

        resident.waitForFunction("text => !document.body.innerText.includes(text)", COMMENT);
        assertThat(resident.content()).doesNotContain(COMMENT);
    }
}
