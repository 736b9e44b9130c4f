package org.cohesion.session.internal;

import java.util.List;
import org.cohesion.session.SessionAgendaItem;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionAgendaItemRepository extends JpaRepository<SessionAgendaItem, Long> {

    List<SessionAgendaItem> findBySessionIdOrderByPosition(long sessionId);
}
