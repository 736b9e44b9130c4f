package org.cohesion.demo;

import java.util.List;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationFilter;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.Point;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanFilter;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.PlanSummary;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Seeds a few pins and areas on the Changhong pocket park plan's site drawing, and two remarks on its texts,
 * placed by residents through the real service. Skips what the plan has already.
 */
@Component
class DemoAnnotationSeeder {

    static final String PLAN_TITLE = "长虹口袋公园更新 Changhong Pocket Park Renewal";

    private final AnnotationService annotations;
    private final PlanService plans;
    private final DrawingService drawings;
    private final DemoSignIn signIn;

    DemoAnnotationSeeder(AnnotationService annotations, PlanService plans, DrawingService drawings,
                         DemoSignIn signIn) {
        this.annotations = annotations;
        this.plans = plans;
        this.drawings = drawings;
        this.signIn = signIn;
    }

    int seed() {
        SecurityContext previous = signIn.current();
        try {
            signIn.as("wangfang");
            PlanSummary plan = plans.search(new PlanFilter(null, PlanKind.POCKET_PARK, null, "Changhong Pocket Park"),
                    0, 10).stream().filter(p -> PLAN_TITLE.equals(p.title())).findFirst().orElse(null);
            if (plan == null) {
                return 0;
            }
            List<DrawingInfo> list = drawings.drawings(plan.id());
            if (list.isEmpty()) {
                return 0;
            }
            int remarks = seedRemarks(plan.id());
            long drawingId = list.get(0).id();
            if (annotations.count(plan.id(), AnnotationFilter.drawing(drawingId)) > 0) {
                return remarks;
            }
            annotations.placePin(drawingId, new Point(0.32, 0.41), AnnotationCategory.IDEA,
                    "在大树下放几张长椅，老人可以在这里乘凉聊天。");
            annotations.placeArea(drawingId, List.of(new Point(0.55, 0.55), new Point(0.8, 0.55),
                    new Point(0.8, 0.78), new Point(0.55, 0.78)), AnnotationCategory.CONCERN,
                    "这片空地晚上很暗，需要加路灯。It is very dark here at night; please add lights.");
            signIn.as("sarah");
            annotations.placePin(drawingId, new Point(0.18, 0.7), AnnotationCategory.QUESTION,
                    "Will the play corner have a soft surface for small children?");
            annotations.placePin(drawingId, new Point(0.66, 0.25), AnnotationCategory.SUPPORT,
                    "I support keeping the old ginkgo tree. 支持保留老银杏树！");
            return 4 + remarks;
        } finally {
            signIn.restore(previous);
        }
    }

    /** Two remarks on the plan's texts, by a Chinese- and an English-speaking resident. */
    private int seedRemarks(long planId) {
        if (annotations.count(planId, new AnnotationFilter(null, null, null, true)) > 0) {
            return 0;
        }
        int seeded = 0;
        signIn.as("wangfang");
        seeded += remark(planId, PlanField.GOALS, "让老人有地方坐下聊天，夏天有树荫。", AnnotationCategory.SUPPORT,
                "很赞同。座椅最好有靠背和扶手，方便老人起身。");
        signIn.as("sarah");
        seeded += remark(planId, PlanField.DESIGN_PROPOSAL, "a rain garden along the west wall",
                AnnotationCategory.QUESTION, "Who will look after the rain garden, and will it attract mosquitoes?");
        signIn.as("wangfang");
        return seeded;
    }

    private int remark(long planId, PlanField field, String passage, AnnotationCategory category, String body) {
        String text = plans.open(planId).value(field);
        int start = text == null ? -1 : text.indexOf(passage);
        if (start < 0) {
            return 0;
        }
        annotations.remark(planId, field, start, start + passage.length(), passage, category, body);
        return 1;
    }

}
