package org.cohesion.proposal.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.cohesion.proposal.Proposal;
import org.cohesion.proposal.ProposalStatus;
import org.cohesion.proposal.SpaceKind;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

    /** liveAt: only those not yet expired then; expiredAt: only those expired by then (OPEN vs EXPIRED). */
    String FILTER = """
            p.communityId in :communities
            and (:community is null or p.communityId = :community)
            and (:kind is null or p.kind = :kind)
            and (:status is null or p.status = :status)
            and (:liveAt is null or p.expiresAt > :liveAt)
            and (:expiredAt is null or p.expiresAt <= :expiredAt)""";

    @Query("select p from Proposal p where " + FILTER + " order by p.createdAt desc, p.id desc")
    List<Proposal> newest(@Param("communities") Collection<Long> communities, @Param("community") Long community,
                          @Param("kind") SpaceKind kind, @Param("status") ProposalStatus status,
                          @Param("liveAt") Instant liveAt, @Param("expiredAt") Instant expiredAt, Pageable page);

    @Query("select p from Proposal p where " + FILTER + " order by p.supportCount desc, p.createdAt desc, p.id desc")
    List<Proposal> mostSupported(@Param("communities") Collection<Long> communities,
                                 @Param("community") Long community, @Param("kind") SpaceKind kind,
                                 @Param("status") ProposalStatus status, @Param("liveAt") Instant liveAt,
                                 @Param("expiredAt") Instant expiredAt, Pageable page);

    @Query("select count(p) from Proposal p where " + FILTER)
    long count(@Param("communities") Collection<Long> communities, @Param("community") Long community,
               @Param("kind") SpaceKind kind, @Param("status") ProposalStatus status,
               @Param("liveAt") Instant liveAt, @Param("expiredAt") Instant expiredAt);

    /** Proposals of a community still gathering support, newest first: candidates for "similar proposals". */
    @Query("""
            select new org.cohesion.proposal.internal.SimilarityCandidate(p.id, p.title, p.description)
            from Proposal p where p.communityId = :community
            and (p.status = org.cohesion.proposal.ProposalStatus.READY
                 or (p.status = org.cohesion.proposal.ProposalStatus.OPEN and p.expiresAt > :now))
            order by p.id desc""")
    List<SimilarityCandidate> supportable(@Param("community") long community, @Param("now") Instant now,
                                          Pageable page);

    /** Others of the community still gathering support whose title matches, newest first. */
    @Query("""
            select p from Proposal p where p.communityId = :community and p.id <> :exclude
            and (p.status = org.cohesion.proposal.ProposalStatus.READY
                 or (p.status = org.cohesion.proposal.ProposalStatus.OPEN and p.expiresAt > :now))
            and lower(p.title) like :q escape '!'
            order by p.id desc""")
    List<Proposal> mergeTargets(@Param("community") long community, @Param("exclude") long exclude,
                                @Param("now") Instant now, @Param("q") String like, Pageable page);

    List<Proposal> findByMergedIntoIdOrderByIdAsc(long mergedIntoId);

    List<Proposal> findByPlanId(long planId);

    boolean existsByCommunityIdAndTitle(long communityId, String title);

    /** A person's proposals older than (at, id), newest first: their trace. */
    @Query("""
            select p from Proposal p where p.authorId = :author
            and (p.createdAt < :at or (p.createdAt = :at and p.id < :id))
            order by p.createdAt desc, p.id desc""")
    List<Proposal> byAuthorBefore(@Param("author") long author, @Param("at") Instant at, @Param("id") long id,
                                  Limit limit);

    @Query("select p.authorId from Proposal p where p.planId = :plan")
    List<Long> authorsOfPlan(@Param("plan") long planId);
}
