package org.cohesion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.List;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.cohesion.session.AgendaItemDraft;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 5's meeting in three Chromium contexts: the host (a planner, English), a member (Chinese) and a guest who
 * joins by code (Chinese). The host puts the focus on a text and opens a prepared poll; both participants see it
 * and vote; the host's bars show both votes without reloading.
 */
class SessionPollBrowserTest extends BrowserTestBase {

    static final String QUESTION = "Which benches? 选哪种长椅？";
    static final String DOTS_QUESTION = "Where to spend? 钱花在哪里？";

    @Autowired
    PlanService plans;
    @Autowired
    CommunityService communities;
    @Autowired
    SessionService sessions;
    @Autowired
    PollService polls;
    @Autowired
    UserDetailsService users;

    private SessionSummary session;

    @BeforeEach
    void aLiveSessionWithAPreparedPoll() {
        DrawingTestSupport.login(users, "planner");
        try {
            long planId = DrawingTestSupport.newPlan(plans, communities, DrawingTestSupport.CHANGHONG);
            plans.saveField(planId, PlanField.GOALS, "More shade and benches with backs for older residents.");
            session = sessions.schedule(planId, "Bench vote 长椅投票", Instant.now(),
                    List.of(new AgendaItemDraft("Goals 目标", PlanField.GOALS, null)), true);
            SessionPass host = sessions.joinAsMember(session.id());
            sessions.start(host);
            polls.create(host, QUESTION, PollKind.SINGLE, List.of("Wooden 木质", "Stone 石质"), null, true);
            polls.create(host, DOTS_QUESTION, PollKind.DOTS, List.of("Play 游乐", "Shade 遮阳"), 3, true);
            sessions.leave(host);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theHostOpensAPollAMemberAndAGuestVoteAndTheHostSeesTheResultsLive() {
        Page host = signIn(newPage(ENGLISH), "planner", PASSWORD);
        expectText(host, "My communities");
        host.navigate(url("/sessions/" + session.id()));
        expectText(host, "Host controls");

        Page member = signIn(newPage(CHINESE), "wangfang", PASSWORD);
        expectText(member, "我的社区");
        member.navigate(url("/sessions/" + session.id()));
        expectText(member, "举手");

        Page guest = newPage(CHINESE);
        guest.navigate(url("/join/" + session.joinCode().toLowerCase()));
        guest.fill(".join-guest vaadin-text-field input", "老张 Lao Zhang");
        guest.getByText("以访客身份加入").first().click();
        expectText(guest, "举手");
        expectText(host, "老张 Lao Zhang");

        host.locator(".host-row vaadin-select").click();
        host.locator("vaadin-select-item").getByText("Goals").first().click();
        host.getByText("Focus on it").first().click();
        for (Page participant : List.of(member, guest)) {
            participant.locator(".session-focus-line").filter(new Locator.FilterOptions().setHasText("焦点：目标"))
                    .first().waitFor();
        }

        host.locator(".poll-card").filter(new Locator.FilterOptions().setHasText(QUESTION))
                .getByText("Open poll").first().click();
        for (Page participant : List.of(member, guest)) {
            expectText(participant, QUESTION);
            participant.locator(".poll-card .poll-choice").filter(
                    new Locator.FilterOptions().setHasText("Wooden 木质")).first().locator("input").check();
            participant.locator(".poll-card .poll-vote").first().click();
            expectText(participant, "您已投票");
        }

        host.waitForFunction("() => [...document.querySelectorAll('.poll-card')].some(c =>"
                + " c.textContent.includes('2 people voted'))");
        String bars = host.locator(".poll-card .poll-bars").first().innerText();
        assertThat(bars).contains("Wooden 木质").contains("100");

        // dot-voting: the steppers count in the guest's browser, no more dots than there are
        host.locator(".poll-card").filter(new Locator.FilterOptions().setHasText(DOTS_QUESTION))
                .getByText("Open poll").first().click();
        Locator card = guest.locator(".poll-card").filter(new Locator.FilterOptions().setHasText(DOTS_QUESTION));
        card.waitFor();
        Locator plus = card.getByLabel("给“Play 游乐”加一点");
        plus.click();
        plus.click();
        plus.click();
        assertThat(card.locator(".poll-dots-left").innerText()).isEqualTo("点数已用完");
        assertThat(plus.isDisabled()).as("no more dots than there are").isTrue();
        card.locator(".poll-vote").click();
        expectText(guest, "您已投票");
        host.waitForFunction("() => [...document.querySelectorAll('.poll-card')].some(c =>"
                + " c.textContent.includes('3 dots given'))");
    }
}
