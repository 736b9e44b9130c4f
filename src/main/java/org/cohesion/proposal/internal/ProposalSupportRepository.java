package org.cohesion.proposal.internal;

import java.time.Instant;
import java.util.List;
import org.cohesion.proposal.ProposalSupport;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProposalSupportRepository extends JpaRepository<ProposalSupport, ProposalSupport.Key> {

    boolean existsByProposalIdAndUserId(long proposalId, long userId);

    int countByProposalId(long proposalId);

    @Query("select s.userId from ProposalSupport s where s.proposalId = :proposal order by s.createdAt, s.userId")
    List<Long> supporterIds(@Param("proposal") long proposalId);

    @Modifying
    @Query("delete from ProposalSupport s where s.proposalId = :proposal and s.userId = :user")
    int withdraw(@Param("proposal") long proposalId, @Param("user") long userId);

    /** A person's supports older than (at, proposal id), newest first: their trace. */
    @Query("""
            select s from ProposalSupport s where s.userId = :user
            and (s.createdAt < :at or (s.createdAt = :at and s.proposalId < :id))
            order by s.createdAt desc, s.proposalId desc""")
    List<ProposalSupport> byUserBefore(@Param("user") long user, @Param("at") Instant at, @Param("id") long id,
                                       Limit limit);

    @Query("select s.userId from ProposalSupport s, Proposal p where s.proposalId = p.id and p.planId = :plan")
    List<Long> supportersOfPlan(@Param("plan") long planId);
}
