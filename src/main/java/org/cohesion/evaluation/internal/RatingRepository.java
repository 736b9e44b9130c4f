package org.cohesion.evaluation.internal;

import java.util.List;
import java.util.Optional;
import org.cohesion.evaluation.Rating;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RatingRepository extends JpaRepository<Rating, Long> {

    Optional<Rating> findByPlanIdAndUserId(long planId, long userId);

    /** Pairs of (stars, how many) of a plan's ratings. */
    @Query("select r.stars, count(r) from Rating r where r.planId = :planId group by r.stars")
    List<Object[]> distribution(@Param("planId") long planId);

    List<Rating> findByPlanIdAndCommentIsNotNullOrderByUpdatedAtDescIdDesc(long planId, Pageable page);

    long countByPlanIdAndCommentIsNotNull(long planId);
}
