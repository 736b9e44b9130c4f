package org.cohesion.session.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.cohesion.session.SessionAttendance;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SessionAttendanceRepository extends JpaRepository<SessionAttendance, Long> {

    /** The open connection periods of a participant, newest first. */
    List<SessionAttendance> findByParticipantIdAndLeftAtIsNullOrderByIdDesc(long participantId);

    /** The ids of a session's participants with an open connection period. */
    @Query("""
            select distinct a.participantId from SessionAttendance a, org.cohesion.session.SessionParticipant p
            where p.id = a.participantId and p.sessionId = :session and a.leftAt is null""")
    List<Long> presentParticipantIds(@Param("session") long sessionId);

    /** Closes every open connection period of a session's participants (when it ends). */
    @Modifying
    @Query("""
            update SessionAttendance a set a.leftAt = :now where a.leftAt is null and a.participantId in
            (select p.id from org.cohesion.session.SessionParticipant p where p.sessionId = :session)""")
    int closeAllOf(@Param("session") long sessionId, @Param("now") Instant now);

    /** Closes every open connection period (after a restart nobody is connected any more). */
    @Modifying
    @Query("update SessionAttendance a set a.leftAt = :now where a.leftAt is null")
    int closeAll(@Param("now") Instant now);

    List<SessionAttendance> findByParticipantIdInOrderById(Collection<Long> participantIds);
}
