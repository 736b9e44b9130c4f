package org.cohesion.annotation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.annotation.AnnotationShape;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.plan.PlanField;
import org.cohesion.synthesis.Contribution;
import org.cohesion.synthesis.ContributionCategory;
import org.cohesion.synthesis.ContributionKind;
import org.cohesion.synthesis.ContributionSource;
import org.cohesion.synthesis.ContributionStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pins, areas and remarks as synthesis reads them. An annotation's support is the number of other people who
 * replied in its thread (annotations have no +1 of their own). Deleted annotations are left out by the query.
 */
@Component
class AnnotationContributionSource implements ContributionSource {

    private final AnnotationContributionRepository rows;

    AnnotationContributionSource(AnnotationContributionRepository rows) {
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contribution> contributions(long planId, long communityId) {
        Map<Long, Long> repliers = new HashMap<>();
        rows.repliers(planId).forEach(r -> repliers.put((Long) r[0], ((Number) r[1]).longValue()));
        List<Object[]> found = rows.rows(planId, communityId);
        List<Contribution> list = new ArrayList<>(found.size());
        for (Object[] r : found) {
            long id = (Long) r[0];
            AnnotationShape shape = (AnnotationShape) r[1];
            ContributionKind kind = switch (shape) {
                case PIN -> ContributionKind.PIN;
                case AREA -> ContributionKind.AREA;
                case TEXT -> ContributionKind.REMARK;
            };
            double[] centre = centre((String) r[8]);
            list.add(new Contribution("annotation:" + id, kind, ContributionCategory.of(String.valueOf(r[2])),
                    ContributionStatus.of(String.valueOf(r[3])), (String) r[4], (String) r[5], (Long) r[9],
                    (String) r[10], (StakeholderGroup) r[11], (Instant) r[12], repliers.getOrDefault(id, 0L),
                    (PlanField) r[6], (Long) r[7], centre == null ? null : centre[0],
                    centre == null ? null : centre[1], null, "plans/" + planId + "?annotation=" + id));
        }
        return list;
    }

    /** The mean of the points {@code x,y;x,y;…}, or null for none. */
    static double[] centre(String points) {
        if (points == null || points.isEmpty()) {
            return null;
        }
        double x = 0;
        double y = 0;
        String[] pairs = points.split(";");
        for (String pair : pairs) {
            int comma = pair.indexOf(',');
            x += Double.parseDouble(pair.substring(0, comma));
            y += Double.parseDouble(pair.substring(comma + 1));
        }
        return new double[] {x / pairs.length, y / pairs.length};
    }
}
