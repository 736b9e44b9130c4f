package org.cohesion.proposal.internal;

import java.util.List;
import org.cohesion.proposal.ProposalSupport;
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
}
