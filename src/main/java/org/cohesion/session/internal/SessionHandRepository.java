package org.cohesion.session.internal;

import java.util.List;
import java.util.Optional;
import org.cohesion.session.SessionHand;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionHandRepository extends JpaRepository<SessionHand, Long> {

    /** The hands up in a session (the called speaker's included), in the order they were raised. */
    List<SessionHand> findBySessionIdAndLoweredAtIsNullOrderByRaisedAtAscIdAsc(long sessionId);

    Optional<SessionHand> findFirstByParticipantIdAndLoweredAtIsNull(long participantId);
}
