package org.cohesion.plan.internal;

import java.util.Collection;
import java.util.List;
import org.cohesion.plan.Plan;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanPhase;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    String FILTER = """
            p.communityId in :communities
            and (:community is null or p.communityId = :community)
            and (:kind is null or p.kind = :kind)
            and (:phase is null or p.phase = :phase)
            and (:q = '%%' or lower(p.title) like :q escape '!' or lower(coalesce(p.summary, '')) like :q escape '!')""";

    @Query("select p from Plan p where " + FILTER + " order by p.updatedAt desc, p.id desc")
    List<Plan> search(@Param("communities") Collection<Long> communities, @Param("community") Long community,
                      @Param("kind") PlanKind kind, @Param("phase") PlanPhase phase, @Param("q") String like,
                      Pageable page);

    @Query("select count(p) from Plan p where " + FILTER)
    long countSearch(@Param("communities") Collection<Long> communities, @Param("community") Long community,
                     @Param("kind") PlanKind kind, @Param("phase") PlanPhase phase, @Param("q") String like);

    boolean existsByCommunityIdAndTitle(long communityId, String title);
}
