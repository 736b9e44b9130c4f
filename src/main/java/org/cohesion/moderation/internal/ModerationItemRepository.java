package org.cohesion.moderation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.ModerationItem;
import org.cohesion.moderation.Visibility;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ModerationItemRepository extends JpaRepository<ModerationItem, Long> {

    Optional<ModerationItem> findByContentTypeAndContentId(ContentType type, long contentId);

    /** All communities ({@code allCommunities}) or those given; the other filters are null for any. */
    String FILTER = """
            (:allCommunities = true or i.communityId in :communities)
              and (:pending is null or i.review = :pending)
              and (:hidden is null or i.visibility = :hidden)
              and (:community is null or i.communityId = :community)
              and (:plan is null or i.planId = :plan)
              and (:reason is null or i.reasons like :reason)""";

    @Query("select i from ModerationItem i where " + FILTER + " order by i.lastActivity desc, i.id desc")
    List<ModerationItem> search(@Param("allCommunities") boolean allCommunities,
                                @Param("communities") Collection<Long> communities, @Param("pending") String review,
                                @Param("hidden") Visibility visibility, @Param("community") Long communityId,
                                @Param("plan") Long planId, @Param("reason") String reasonLike, Pageable page);

    @Query("select count(i) from ModerationItem i where " + FILTER)
    long countSearch(@Param("allCommunities") boolean allCommunities,
                     @Param("communities") Collection<Long> communities, @Param("pending") String review,
                     @Param("hidden") Visibility visibility, @Param("community") Long communityId,
                     @Param("plan") Long planId, @Param("reason") String reasonLike);

    /** The plans that have items, in the given communities (or all): rows of [planId, planTitle]. */
    @Query("""
            select distinct i.planId, i.planTitle from ModerationItem i
            where (:allCommunities = true or i.communityId in :communities) order by i.planTitle""")
    List<Object[]> plans(@Param("allCommunities") boolean allCommunities,
                         @Param("communities") Collection<Long> communities);

    List<ModerationItem> findByAuthorId(long authorId);
}
