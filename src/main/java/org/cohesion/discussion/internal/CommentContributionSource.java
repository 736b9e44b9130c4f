package org.cohesion.discussion.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.discussion.SubjectType;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.synthesis.Contribution;
import org.cohesion.synthesis.ContributionCategory;
import org.cohesion.synthesis.ContributionKind;
import org.cohesion.synthesis.ContributionSource;
import org.cohesion.synthesis.ContributionStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments of a plan's threads (general and per annotation) as synthesis reads them; support is their +1s.
 * Deleted comments are left out by the query.
 */
@Component
class CommentContributionSource implements ContributionSource {

    private final CommentContributionRepository rows;

    CommentContributionSource(CommentContributionRepository rows) {
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contribution> contributions(long planId, long communityId) {
        Map<Long, Long> support = new HashMap<>();
        rows.supporters(planId).forEach(r -> support.put((Long) r[0], ((Number) r[1]).longValue()));
        List<Object[]> found = rows.rows(planId, communityId);
        List<Contribution> list = new ArrayList<>(found.size());
        for (Object[] r : found) {
            long id = (Long) r[0];
            boolean onAnnotation = r[6] == SubjectType.ANNOTATION;
            long subjectId = (Long) r[7];
            String link = onAnnotation ? "plans/" + planId + "?annotation=" + subjectId : "plans/" + planId;
            list.add(new Contribution("comment:" + id, ContributionKind.COMMENT, ContributionCategory.COMMENT,
                    ContributionStatus.NONE, (String) r[1], null, (Long) r[2], (String) r[3],
                    (StakeholderGroup) r[4], (Instant) r[5], support.getOrDefault(id, 0L), null, null, null, null,
                    onAnnotation ? "annotation:" + subjectId : null, link));
        }
        return list;
    }
}
