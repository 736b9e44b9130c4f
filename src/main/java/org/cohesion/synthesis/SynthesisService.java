package org.cohesion.synthesis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.base.Transactions;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.PlanService;
import org.cohesion.synthesis.internal.ContributionReader;
import org.cohesion.synthesis.internal.OverviewCalculator;
import org.cohesion.synthesis.internal.SummaryGate;
import org.cohesion.synthesis.internal.ThemeExtractor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The computed side of a plan's synthesis: its contributions, the overview and keyword themes. Planners of the
 * plan's community (and admins) and moderators who are members of it may call these; others are refused, and a
 * plan of another community is not found.
 */
@Service
public class SynthesisService {

    /** How many themes a plan's synthesis shows. */
    public static final int THEMES = 15;

    private final SummaryGate gate;
    private final ContributionReader reader;
    private final PlanService plans;
    private final Transactions transactions;

    SynthesisService(SummaryGate gate, ContributionReader reader, PlanService plans, Transactions transactions) {
        this.gate = gate;
        this.reader = reader;
        this.plans = plans;
        this.transactions = transactions;
    }

    /** What the signed-in person may do with the plan's summary; not found unless they may see the plan. */
    @PreAuthorize("isAuthenticated()")
    public SummaryAccess access(long planId) {
        return gate.access(planId);
    }

    /** Every visible contribution of the plan, oldest first; for those who build its summary. */
    @PreAuthorize("hasAnyRole('PLANNER', 'MODERATOR', 'ADMIN')")
    public List<Contribution> contributions(long planId) {
        SummaryAccess access = gate.requireBuilder(planId);
        return read(access);
    }

    /** The plan's overview (counts by category, status, section, region, time, community, group). */
    @PreAuthorize("hasAnyRole('PLANNER', 'MODERATOR', 'ADMIN')")
    public Overview overview(long planId) {
        SummaryAccess access = gate.requireBuilder(planId);
        return OverviewCalculator.compute(read(access), drawingTitles(planId));
    }

    /** The plan's keyword themes (at most {@link #THEMES}), strongest first, each with its contributions. */
    @PreAuthorize("hasAnyRole('PLANNER', 'MODERATOR', 'ADMIN')")
    public List<Theme> themes(long planId) {
        SummaryAccess access = gate.requireBuilder(planId);
        return ThemeExtractor.themes(read(access), THEMES);
    }

    private List<Contribution> read(SummaryAccess access) {
        return transactions.read(() -> reader.read(access.planId(), access.communityId()));
    }

    private Map<Long, String> drawingTitles(long planId) {
        Map<Long, String> titles = new LinkedHashMap<>();
        for (DrawingInfo d : plans.open(planId).drawings()) {
            titles.put(d.id(), d.title());
        }
        return titles;
    }
}
