package org.cohesion.synthesis.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SummaryVersionRepository extends JpaRepository<SummaryVersionEntity, Long> {

    @Query("select coalesce(max(v.number), 0) from SummaryVersion v where v.planId = :plan")
    int maxNumber(@Param("plan") long planId);

    Optional<SummaryVersionEntity> findFirstByPlanIdOrderByNumberDesc(long planId);

    Optional<SummaryVersionEntity> findByPlanIdAndNumber(long planId, int number);

    /** The plan's versions, newest first: rows of [number, author name, published at]. */
    @Query("select v.number, v.authorName, v.publishedAt from SummaryVersion v where v.planId = :plan"
            + " order by v.number desc")
    List<Object[]> versions(@Param("plan") long planId);

    /** Contribution reference, plan, version number and publishing time of each citation of the contributions. */
    @Query("""
            select distinct c.contribution, v.planId, v.number, v.publishedAt from SummaryVersion v join v.citations c
            where c.contribution in :refs order by v.publishedAt""")
    List<Object[]> citing(@Param("refs") Collection<String> contributionRefs);
}
