package org.cohesion.people.internal;

import java.util.List;
import java.util.Optional;
import org.cohesion.people.Membership;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join fetch m.community where m.user.id = :userId order by m.joinedAt")
    List<Membership> findByUserWithCommunity(@Param("userId") long userId);

    Optional<Membership> findByUserIdAndCommunityId(long userId, long communityId);

    boolean existsByUserIdAndCommunityId(long userId, long communityId);
}
