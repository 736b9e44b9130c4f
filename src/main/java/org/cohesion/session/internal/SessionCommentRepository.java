package org.cohesion.session.internal;

import java.time.Instant;
import java.util.List;
import org.cohesion.session.SessionComment;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionCommentRepository extends JpaRepository<SessionComment, Long> {

    List<SessionComment> findBySessionIdOrderByIdDesc(long sessionId, Limit limit);

    List<SessionComment> findBySessionIdAndIdLessThanOrderByIdDesc(long sessionId, long beforeId, Limit limit);

    List<SessionComment> findBySessionIdOrderByIdAsc(long sessionId, Limit limit);

    long countBySessionId(long sessionId);

    long countByParticipantIdAndCreatedAtAfter(long participantId, Instant after);
}
