package org.cohesion.moderation.internal;

import java.util.List;
import org.cohesion.moderation.ModerationFlag;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModerationFlagRepository extends JpaRepository<ModerationFlag, Long> {

    boolean existsByItemIdAndFlaggerId(long itemId, long flaggerId);

    int countByItemId(long itemId);

    List<ModerationFlag> findByItemIdOrderByCreatedAtAsc(long itemId);
}
