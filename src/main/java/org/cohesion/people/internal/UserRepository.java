package org.cohesion.people.internal;

import java.util.List;
import java.util.Optional;
import org.cohesion.people.User;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsername(String username);

    boolean existsByUsername(String username);

    String SEARCH = "lower(u.username) like :q escape '!' or lower(u.displayName) like :q escape '!'";

    @Query("select u from User u where (" + SEARCH + ") order by u.username")
    List<User> search(@Param("q") String likePattern, Pageable page);

    @Query("select count(u) from User u where " + SEARCH)
    long countSearch(@Param("q") String likePattern);
}
