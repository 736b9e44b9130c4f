package org.cohesion.notification.internal;

import java.time.Instant;
import java.util.List;
import org.cohesion.notification.UserNotification;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<UserNotification, Long> {

    /** A person's notifications, newest first (index recipient_id, id). */
    @Query("select n from UserNotification n where n.recipientId = :recipient order by n.id desc")
    List<UserNotification> latest(@Param("recipient") long recipientId, Pageable page);

    /** How many of a person's notifications are unread (index recipient_id, read_at, id). */
    @Query("select count(n) from UserNotification n where n.recipientId = :recipient and n.readAt is null")
    long countUnread(@Param("recipient") long recipientId);

    /** Marks one of a person's notifications read; 0 when it is not theirs (or does not exist). */
    @Modifying
    @Query("""
            update UserNotification n set n.readAt = coalesce(n.readAt, :now), n.version = n.version + 1
            where n.id = :id and n.recipientId = :recipient""")
    int markRead(@Param("recipient") long recipientId, @Param("id") long id, @Param("now") Instant now);

    /** Marks all of a person's unread notifications read; returns how many. */
    @Modifying
    @Query("""
            update UserNotification n set n.readAt = :now, n.version = n.version + 1
            where n.recipientId = :recipient and n.readAt is null""")
    int markAllRead(@Param("recipient") long recipientId, @Param("now") Instant now);
}
