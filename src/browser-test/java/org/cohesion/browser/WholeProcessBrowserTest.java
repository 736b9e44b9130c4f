package org.cohesion.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohesion.browser.WholeProcessPages.button;
import static org.cohesion.browser.WholeProcessPages.choose;
import static org.cohesion.browser.WholeProcessPages.dialog;
import static org.cohesion.browser.WholeProcessPages.dialogClosed;
import static org.cohesion.browser.WholeProcessPages.moveToNextPhase;
import static org.cohesion.browser.WholeProcessPages.waitForPhase;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cohesion.people.CommunityService;
import org.cohesion.people.MyCommunity;
import org.cohesion.people.RegistrationForm;
import org.cohesion.people.RegistrationService;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.TestImages;
import org.cohesion.proposal.ProposalRules;
import org.cohesion.proposal.ProposalService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 7's whole process in Chromium, one person per browser context, every step through the real UI: wangfang
 * (Chinese) proposes; sarah and a new neighbour support it until it is ready; the planner turns it into a plan and
 * moves it to consultation; he uploads a site drawing, sarah pins a concern on it and wangfang comments; in
 * decision a live session's poll gets two votes; the planner records the decision (the poll, sarah's pin
 * accepted), completes a milestone in implementation, and in evaluation both residents rate the result. At the end
 * the proposer follows her proposal to the plan and sees each step's outcome.
 */
class WholeProcessBrowserTest extends BrowserTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProposalService proposals;
    @Autowired
    CommunityService communities;
    @Autowired
    RegistrationService registration;
    @Autowired
    UserDetailsService users;

    private final String run = Long.toString(System.nanoTime(), 36);
    private final String title = "树荫下的长椅 Benches in the shade " + run;
    private final String neighbour = "neighbour-" + run;
    private long changhong;
    private long started;
    private ProposalRules demoRules;

    @BeforeEach
    void twoSupportersMakeAProposalReadyAndANeighbourInChanghong() {
        try {
            DrawingTestSupport.login(users, "planner");
            changhong = communities.myCommunities().stream()
                    .filter(c -> DrawingTestSupport.CHANGHONG.equals(c.name().en()))
                    .map(MyCommunity::communityId).findFirst().orElseThrow();
            demoRules = proposals.rules(changhong);
            proposals.updateRules(changhong, 2, demoRules.openDays());
        } finally {
            SecurityContextHolder.clearContext();
        }
        registration.register(new RegistrationForm(neighbour, "Li Hua " + run, PASSWORD, "CHANGHONG",
                StakeholderGroup.RESIDENT, Locale.ENGLISH));
    }

    @AfterEach
    void demoRulesAgain() {
        try {
            DrawingTestSupport.login(users, "planner");
            proposals.updateRules(changhong, demoRules.supportThreshold(), demoRules.openDays());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void oneProposalWalksThroughTheWholeProcessAndTheProposerSeesEachStep() {
        started = System.nanoTime();
        Page wangfang = signIn(newPage(CHINESE), "wangfang", PASSWORD);
        expectText(wangfang, "我的社区");
        String proposalUrl = propose(wangfang);

        Page sarah = signIn(newPage(ENGLISH), "sarah", PASSWORD);
        expectText(sarah, "My communities");
        Page lihua = signIn(newPage(ENGLISH), neighbour, PASSWORD);
        expectText(lihua, "My communities");
        support(sarah, proposalUrl, "1 of 2 supporters");
        support(lihua, proposalUrl, "2 of 2 supporters");
        assertThat(lihua.locator(".proposal-status").innerText()).isEqualTo("Ready");
        wangfang.reload();
        expectText(wangfang, "2 / 2 人支持");
        assertThat(wangfang.locator(".proposal-status").innerText()).isEqualTo("已达门槛");

        lap("proposed and supported");
        Page planner = signIn(newPage(ENGLISH), "planner", PASSWORD);
        expectText(planner, "My communities");
        String planUrl = convertToPlan(planner, proposalUrl);
        moveToNextPhase(planner, "Consultation", "The proposal reached its supporters; consultation is open.");

        lap("converted and in consultation");
        uploadDrawing(planner);
        AnnotationPages.openWorkspace(sarah, planUrl);
        String concern = "Keep the benches out of the evening sun " + run;
        AnnotationPages.placePin(sarah, AnnotationPages.ENGLISH, 0.4, 0.3, concern);
        assertThat(AnnotationPages.pin(sarah, 1).getAttribute("aria-label")).contains(concern);
        wangfang.navigate(planUrl);
        waitForPhase(wangfang, "征询");
        String comment = "长椅要有靠背，老人坐着舒服 " + run;
        comment(wangfang, "发表评论", comment);

        lap("annotated and commented");
        moveToNextPhase(planner, "Decision", "Consultation ended; the residents decide in tonight's session.");
        String question = "Which benches? 选哪种长椅？ " + run;
        decideInALiveSession(planner, planUrl, question, List.of(wangfang, sarah));

        lap("poll decided");
        planner.navigate(planUrl);
        waitForPhase(planner, "Decision");
        String decision = "Wooden benches with backs along the east path, as the session voted. " + run;
        recordDecision(planner, decision, question, "#1", "Moved the benches under the trees.");
        moveToNextPhase(planner, "Implementation", "The decision is recorded; the works start.");

        lap("decision recorded");
        String milestone = "Benches installed " + run;
        addAndCompleteMilestone(planner, milestone);
        moveToNextPhase(planner, "Evaluation", "The benches are in; please tell us what you think.");

        lap("milestone done");
        wangfang.navigate(planUrl);
        waitForPhase(wangfang, "评估");
        rate(wangfang, 5, "意见（可选）", "保存评价", "长椅很好，谢谢！");
        expectText(wangfang, "平均 5.0 星（满分 5 星，共 1 条评价）");
        sarah.navigate(planUrl);
        waitForPhase(sarah, "Evaluation");
        rate(sarah, 4, "Comment (optional)", "Save rating", "Good, but one more bin would help.");
        expectText(sarah, "Average 4.5 of 5 stars (2 ratings)");
        assertThat(ratingCounts(sarah)).as("ratings with 5, 4, 3, 2, 1 stars")
                .containsExactly("1", "1", "0", "0", "0");

        lap("rated");
        proposerSeesWhatHappened(wangfang, proposalUrl, planUrl, decision, milestone);
        lap("the proposer saw what happened");
    }

    private void lap(String step) {
        System.out.printf("WholeProcessBrowserTest: %s after %.1f s%n", step, (System.nanoTime() - started) / 1e9);
    }

    /** Proposes the idea at /proposals (Chinese UI); returns the new proposal's address. */
    private String propose(Page resident) {
        resident.navigate(url("/proposals"));
        button(resident, "提出想法").click();
        Locator dialog = dialog(resident);
        dialog.waitFor();
        dialog.getByLabel("标题", new Locator.GetByLabelOptions().setExact(true)).fill(title);
        dialog.getByLabel("说明", new Locator.GetByLabelOptions().setExact(true))
                .fill("东边小路旁边没有可以坐的地方，老人散步走累了只能站着。希望在树荫下放几张有靠背的长椅。");
        choose(resident, dialog, "空间类型", "口袋公园");
        dialog.getByLabel("位置", new Locator.GetByLabelOptions().setExact(true)).fill("12号楼后面 Behind building 12");
        button(dialog, "发布提案").click();
        resident.waitForURL(Pattern.compile(".*/proposals/\\d+$"));
        resident.locator("h2").filter(new Locator.FilterOptions().setHasText(title)).waitFor();
        expectText(resident, "0 / 2 人支持");
        assertThat(resident.locator(".proposal-status").innerText()).isEqualTo("征集支持中");
        return resident.url();
    }

    /** Supports the proposal with its button; waits until the progress shows the new count. */
    private void support(Page member, String proposalUrl, String progress) {
        member.navigate(proposalUrl);
        button(member, "Support this proposal").click();
        expectText(member, progress);
        button(member, "You support this · Withdraw my support").waitFor();
    }

    /** The planner turns the ready proposal into a plan and follows its link; returns the plan's address. */
    private String convertToPlan(Page planner, String proposalUrl) {
        planner.navigate(proposalUrl);
        button(planner, "Turn into a plan").click();
        planner.locator("vaadin-button[slot='confirm-button']").click();
        Locator became = planner.locator(".proposal-outcome .proposal-link-line")
                .filter(new Locator.FilterOptions().setHasText("Became a plan:"));
        became.waitFor();
        assertThat(planner.locator(".proposal-status").innerText()).isEqualTo("Became a plan");
        became.locator("a.proposal-link").click();
        planner.waitForURL(Pattern.compile(".*/plans/\\d+$"));
        planner.locator(".plan-from-proposal").filter(new Locator.FilterOptions().setHasText(title)).waitFor();
        waitForPhase(planner, "Proposal");
        return planner.url();
    }

    /** The planner uploads a site drawing in the workspace (titled by its file name); waits until it is shown. */
    private void uploadDrawing(Page planner) {
        planner.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("Site plan " + run + ".png",
                "image/png", TestImages.png(800, 500)));
        planner.waitForFunction("() => { const i = document.querySelector('img.drawing-image');"
                + " return i && i.complete && i.naturalWidth === 800; }");
        assertThat(planner.getAttribute("img.drawing-image", "alt")).isEqualTo("Site drawing: Site plan " + run);
    }

    /** Posts a comment in the plan's general discussion; waits until it is listed. */
    private static void comment(Page member, String post, String text) {
        Locator discussion = member.locator(".plan-discussion");
        discussion.locator(".thread-composer vaadin-text-area textarea").fill(text);
        button(discussion, post).click();
        discussion.locator(".comment-body").filter(new Locator.FilterOptions().setHasText(text)).waitFor();
    }

    /**
     * The planner schedules a session and starts it, the residents join from the plan, the planner opens a poll,
     * both residents vote and the planner closes it once both ballots are counted.
     */
    private void decideInALiveSession(Page planner, String planUrl, String question, List<Page> residents) {
        button(planner, "Schedule a session").click();
        Locator dialog = dialog(planner);
        dialog.waitFor();
        dialog.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)).fill("Bench decision " + run);
        dialog.getByLabel("Agenda item 1").fill("Which benches");
        button(dialog, "Schedule").click();
        dialogClosed(planner);
        Locator entry = planner.locator(".plan-sessions .session-entry")
                .filter(new Locator.FilterOptions().setHasText("Bench decision " + run));
        button(entry, "Open").click();
        planner.waitForURL(Pattern.compile(".*/sessions/\\d+$"));
        button(planner, "Start the session").click();
        button(planner, "End the session").waitFor();

        for (Page resident : residents) {
            resident.navigate(planUrl);
            Locator live = resident.locator(".live-session-card")
                    .filter(new Locator.FilterOptions().setHasText("Bench decision " + run));
            live.locator("vaadin-button").click();
            resident.waitForURL(Pattern.compile(".*/sessions/\\d+$"));
        }
        openDecisionPoll(planner, question, List.of("Wooden with backs 木质带靠背", "Stone 石质", "None 不要"));

        for (Page resident : residents) {
            Locator card = resident.locator(".poll-card").filter(new Locator.FilterOptions().setHasText(question));
            card.locator(".poll-choice").filter(new Locator.FilterOptions().setHasText("Wooden with backs"))
                    .first().locator("input").check();
            card.locator(".poll-vote").click();
            card.locator(".poll-voted").or(card.getByText(Pattern.compile("You voted|您已投票"))).first().waitFor();
        }
        Locator hostCard = planner.locator(".poll-card").filter(new Locator.FilterOptions().setHasText(question));
        hostCard.filter(new Locator.FilterOptions().setHasText("2 people voted")).waitFor();
        assertThat(hostCard.locator(".poll-bars").innerText()).contains("Wooden with backs").contains("100");
        button(hostCard, "Close poll").click();
        hostCard.filter(new Locator.FilterOptions().setHasText("Closed")).waitFor();
    }

    /** The host's "New poll" dialog: question, three options, marked as the poll that decides; create and open. */
    private static void openDecisionPoll(Page host, String question, List<String> options) {
        button(host, "New poll").click();
        Locator dialog = dialog(host);
        dialog.waitFor();
        dialog.getByLabel("Question").fill(question);
        for (int i = 0; i < options.size(); i++) {
            dialog.getByLabel("Option " + (i + 1), new Locator.GetByLabelOptions().setExact(true))
                    .fill(options.get(i));
        }
        dialog.locator("vaadin-checkbox.new-poll-decides input").check();
        button(dialog, "Create and open").click();
        dialogClosed(host);
        Locator card = host.locator(".poll-card").filter(new Locator.FilterOptions().setHasText(question));
        card.filter(new Locator.FilterOptions().setHasText("Close poll")).waitFor();
        assertThat(card.locator(".poll-decides").innerText()).isEqualTo("Decision poll");
    }

    /** The planner records the decision: its text, the poll, and the annotation numbered {@code pin} accepted. */
    private static void recordDecision(Page planner, String text, String question, String pin, String reason) {
        button(planner, "Record the decision…").click();
        Locator dialog = dialog(planner);
        dialog.waitFor();
        dialog.getByLabel("What was decided").fill(text);
        dialog.getByLabel("Decision poll: " + question + " (2 ballots)").check();
        dialog.getByLabel("Annotation", new Locator.GetByLabelOptions().setExact(true)).click();
        planner.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(pin))
                .first().click();
        dialog.getByLabel("Accepted", new Locator.GetByLabelOptions().setExact(true)).check();
        dialog.getByLabel("Reason", new Locator.GetByLabelOptions().setExact(true)).fill(reason);
        button(dialog, "Add").click();
        dialog.locator(".decision-verdicts li").filter(new Locator.FilterOptions().setHasText(pin)).waitFor();
        // the tall dialog's footer lies under the development-mode Copilot button: save with the keyboard
        button(dialog, "Save decision").press("Enter");
        dialogClosed(planner);
        Locator section = planner.locator(".decision-section");
        section.locator(".decision-text").filter(new Locator.FilterOptions().setHasText(text)).waitFor();
        assertThat(section.locator(".decision-verdict.accepted").count()).isEqualTo(1);
        assertThat(section.innerText()).contains(reason).contains(question);
    }

    /** Adds a planned milestone, then edits it to done: actual date today, 100 %. */
    private static void addAndCompleteMilestone(Page planner, String title) {
        LocalDate today = LocalDate.now(SHANGHAI);
        button(planner, "Add milestone…").click();
        Locator dialog = dialog(planner);
        dialog.waitFor();
        dialog.getByLabel("Milestone", new Locator.GetByLabelOptions().setExact(true)).fill(title);
        Locator target = dialog.getByLabel("Target date");
        target.fill(usDate(today.plusDays(14)));
        target.press("Enter");
        button(dialog, "Save milestone").click();
        dialogClosed(planner);
        Locator card = planner.locator(".milestone").filter(new Locator.FilterOptions().setHasText(title));
        card.locator(".milestone-status.planned").waitFor();

        button(card, "Edit the milestone \"" + title + "\"").click();
        dialog.waitFor();
        Locator actual = dialog.getByLabel("Actual date");
        actual.fill(usDate(today));
        actual.press("Enter");
        dialog.getByLabel("Progress").fill("100");
        choose(planner, dialog, "Status", "Done");
        button(dialog, "Save milestone").click();
        dialogClosed(planner);
        card.locator(".milestone-status.done").waitFor();
        assertThat(card.innerText()).contains("100 % done");
    }

    private static String usDate(LocalDate date) {
        return date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear();
    }

    /** Rates the result with stars and a comment and saves. */
    private static void rate(Page member, int stars, String commentLabel, String save, String comment) {
        Locator form = member.locator(".rating-form");
        form.getByLabel(stars + " ★", new Locator.GetByLabelOptions().setExact(true)).check();
        form.getByLabel(commentLabel).fill(comment);
        button(form, save).click();
        member.locator(".rating-comment-body").filter(new Locator.FilterOptions().setHasText(comment)).waitFor();
    }

    /** The number of ratings per row of the distribution, from 5 stars down to 1. */
    @SuppressWarnings("unchecked")
    private static List<String> ratingCounts(Page page) {
        return (List<String>) page.evaluate("() => [...document.querySelectorAll("
                + "'.rating-distribution .rating-bar .rating-count')].map(c => c.textContent)");
    }

    /**
     * What the proposer can follow today: her proposal became the plan; the plan is in evaluation with its
     * decision (the poll, her neighbour's pin accepted), the completed milestone and the ratings.
     */
    private void proposerSeesWhatHappened(Page proposer, String proposalUrl, String planUrl, String decision,
                                          String milestone) {
        proposer.navigate(proposalUrl);
        expectText(proposer, "已转为规划：");
        assertThat(proposer.locator(".proposal-status").innerText()).isEqualTo("已转为规划");
        Locator link = proposer.locator(".proposal-outcome a.proposal-link");
        assertThat(url("/" + link.getAttribute("href"))).isEqualTo(planUrl);
        link.click();
        proposer.waitForURL(planUrl);
        waitForPhase(proposer, "评估");
        assertThat(proposer.locator(".phase-timeline li.phase-step.done").count())
                .as("proposal, consultation, decision and implementation are behind it").isEqualTo(4);
        Locator decisionSection = proposer.locator(".decision-section");
        decisionSection.locator(".decision-text").filter(new Locator.FilterOptions().setHasText(decision)).waitFor();
        assertThat(decisionSection.locator(".decision-verdict.accepted").innerText()).isEqualTo("采纳");
        assertThat(decisionSection.locator("table").count()).as("the poll's result table").isEqualTo(1);
        Locator done = proposer.locator(".milestone").filter(new Locator.FilterOptions().setHasText(milestone));
        assertThat(done.locator(".milestone-status.done").innerText()).isEqualTo("已完成");
        assertThat(proposer.locator(".rating-average").innerText()).isEqualTo("平均 4.5 星（满分 5 星，共 2 条评价）");

        proposer.navigate(url("/"));
        Locator trace = proposer.locator(".input-trace .trace-proposal").first();
        trace.waitFor();
        String steps = trace.locator(".trace-outcomes").innerText();
        assertThat(steps).as("her proposal's trace on the start page, step by step").contains(
                "已达到 2 个支持", "已成为一个方案", "方案进入阶段：征询", "居民在方案上的标注和批注：1 条",
                "方案进入阶段：决策", "方案决定已记录", "方案进入阶段：实施", "里程碑已完成：" + milestone,
                "方案进入阶段：评估", "成果评分：2 人，平均 4.5 分");
        assertThat(steps.indexOf("已成为一个方案")).isLessThan(steps.indexOf("方案决定已记录"));
        assertThat(steps.indexOf("方案决定已记录")).isLessThan(steps.indexOf("里程碑已完成"));
        Locator vote = proposer.locator(".input-trace .trace-vote").first();
        assertThat(vote.locator(".trace-outcomes").innerText()).contains("这次投票作为方案的决定性投票",
                "投票已结束", "这次投票为方案决定提供了依据");
    }
}
