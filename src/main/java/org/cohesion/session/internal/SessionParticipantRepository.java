package org.cohesion.session.internal;

import java.util.List;
import java.util.Optional;
import org.cohesion.session.SessionParticipant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionParticipantRepository extends JpaRepository<SessionParticipant, Long> {

    Optional<SessionParticipant> findBySessionIdAndUserId(long sessionId, long userId);

    List<SessionParticipant> findBySessionIdOrderById(long sessionId);
}
