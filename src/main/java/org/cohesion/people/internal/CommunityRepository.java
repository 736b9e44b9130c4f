package org.cohesion.people.internal;

import java.util.List;
import java.util.Optional;
import org.cohesion.people.Community;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommunityRepository extends JpaRepository<Community, Long> {

    Optional<Community> findByInviteCode(String inviteCode);

    boolean existsByInviteCode(String inviteCode);

    String SEARCH = """
            lower(coalesce(c.name.en, '')) like :q escape '!'
            or lower(coalesce(c.name.zh, '')) like :q escape '!'
            or lower(coalesce(c.street.en, '')) like :q escape '!'
            or lower(coalesce(c.street.zh, '')) like :q escape '!'
            or lower(coalesce(c.district.en, '')) like :q escape '!'
            or lower(coalesce(c.district.zh, '')) like :q escape '!'""";

    @Query("select c from Community c where (" + SEARCH + ") order by c.id")
    List<Community> search(@Param("q") String likePattern, Pageable page);

    @Query("select count(c) from Community c where " + SEARCH)
    long countSearch(@Param("q") String likePattern);

    @Query("select c.id, count(m) from Community c left join Membership m on m.community = c group by c.id")
    List<Object[]> memberCounts();

    @Query("select c.id, count(m) from Community c left join Membership m on m.community = c "
            + "where c.id in :ids group by c.id")
    List<Object[]> memberCounts(@Param("ids") List<Long> ids);
}
