package org.cohesion.demo;

import java.util.ArrayList;
import java.util.List;
import org.cohesion.plan.PlanFilter;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.PlanSummary;
import org.cohesion.synthesis.Contribution;
import org.cohesion.synthesis.SummaryDraft;
import org.cohesion.synthesis.SummaryLine;
import org.cohesion.synthesis.SummaryService;
import org.cohesion.synthesis.SynthesisService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Publishes a "what we heard" summary of the Changhong pocket park plan, citing the demo pins, remarks and comments,
 * through the real services as the planner: residents (wangfang) read it, the planner and moderator edit it. Runs
 * after the demo discussion (it seeds that first, which is idempotent); skips a plan that has a draft already.
 */
@Component
@ConditionalOnProperty(name = "cohesion.demo-data.enabled", havingValue = "true")
class DemoSummarySeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSummarySeeder.class);

    private record DemoLine(String text, List<String> cites) {
    }

    private static final List<DemoLine> LINES = List.of(
            new DemoLine("老人们最常提到的是树荫下的座椅：长椅要有靠背和扶手，方便起身。"
                    + "Older neighbours most often asked for shaded benches with backs and armrests.",
                    List.of("在大树下放几张长椅", "座椅最好有靠背", "老人们希望在树荫下")),
            new DemoLine("楼间空地晚上太暗，居民希望加装照明。The open ground is too dark at night; people want lights.",
                    List.of("这片空地晚上很暗")),
            new DemoLine("Parents asked for a soft surface and shade in the play corner. 家长希望游戏角有软质地面和遮阳。",
                    List.of("soft surface", "Could the play corner get some shade")),
            new DemoLine("Keep the old ginkgo tree. 保留老银杏树。", List.of("old ginkgo tree")),
            new DemoLine("雨水花园由谁维护、会不会招蚊子，还需要答复。Who looks after the rain garden is still an open question.",
                    List.of("rain garden")));

    private final SummaryService summaries;
    private final SynthesisService synthesis;
    private final PlanService plans;
    private final DemoSignIn signIn;
    private final DemoDiscussionSeeder discussion;

    DemoSummarySeeder(SummaryService summaries, SynthesisService synthesis, PlanService plans, DemoSignIn signIn,
                      DemoDiscussionSeeder discussion) {
        this.summaries = summaries;
        this.synthesis = synthesis;
        this.plans = plans;
        this.signIn = signIn;
        this.discussion = discussion;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnStart() {
        try {
            discussion.seed();
            if (seed()) {
                log.info("Seeded a published demo summary");
            }
        } catch (RuntimeException e) {
            // demo data is a convenience: the application starts without it
            log.warn("Could not seed the demo summary", e);
        }
    }

    boolean seed() {
        SecurityContext previous = signIn.current();
        try {
            signIn.as("planner");
            PlanSummary plan = plans.search(new PlanFilter(null, PlanKind.POCKET_PARK, null, "Changhong Pocket Park"),
                    0, 10).stream().filter(p -> DemoAnnotationSeeder.PLAN_TITLE.equals(p.title())).findFirst()
                    .orElse(null);
            if (plan == null || summaries.draft(plan.id()).version() != null) {
                return false;
            }
            List<Contribution> all = synthesis.contributions(plan.id());
            List<SummaryLine> lines = new ArrayList<>();
            for (DemoLine line : LINES) {
                List<String> cited = line.cites().stream().flatMap(words -> all.stream()
                        .filter(c -> c.fullText().contains(words)).limit(1)).map(Contribution::id).distinct().toList();
                if (!cited.isEmpty()) {
                    lines.add(new SummaryLine(line.text(), cited));
                }
            }
            if (lines.isEmpty()) {
                return false;
            }
            SummaryDraft draft = summaries.saveDraft(plan.id(), null, lines);
            summaries.publish(plan.id(), draft.version());
            return true;
        } finally {
            signIn.restore(previous);
        }
    }
}
