package org.cohesion.evaluation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.cohesion.evaluation.Rating;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Ratings as people's traces read them. */
public interface RatingTraceRepository extends Repository<Rating, Long> {

    @Query("""
            select r from Rating r where r.userId = :user and (r.createdAt < :at or (r.createdAt = :at and r.id < :id))
            order by r.createdAt desc, r.id desc""")
    List<Rating> byUserBefore(@Param("user") long user, @Param("at") Instant at, @Param("id") long id, Limit limit);

    /** Plan, number of ratings and average stars of each of the plans that has ratings. */
    @Query("select r.planId, count(r), avg(r.stars) from Rating r where r.planId in :plans group by r.planId")
    List<Object[]> summaries(@Param("plans") Collection<Long> planIds);

    @Query("select r.userId from Rating r where r.planId = :plan")
    List<Long> ratersOf(@Param("plan") long planId);
}
