package org.cohesion.synthesis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cohesion.synthesis.Contribution;
import org.cohesion.synthesis.ContributionSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** All contributions of a plan from every {@link ContributionSource}, oldest first. Callers checked access. */
@Component
public class ContributionReader {

    private static final Comparator<Contribution> OLDEST_FIRST = Comparator.comparing(Contribution::createdAt)
            .thenComparing(Contribution::id);

    private final ObjectProvider<ContributionSource> sources;

    ContributionReader(ObjectProvider<ContributionSource> sources) {
        this.sources = sources;
    }

    /** Every visible contribution of the plan, oldest first (then by id). */
    public List<Contribution> read(long planId, long communityId) {
        List<Contribution> all = new ArrayList<>();
        sources.orderedStream().forEach(s -> all.addAll(s.contributions(planId, communityId)));
        all.sort(OLDEST_FIRST);
        return all;
    }
}
