package org.cohesion.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's notification preference; a person without one gets {@link NotificationPreference#ALL}. */
@Entity
@Table(name = "notification_preference")
public class NotificationSetting {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Version
    private long version;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private NotificationPreference preference;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NotificationSetting() {
    }

    NotificationSetting(long userId, NotificationPreference preference, Instant now) {
        this.userId = userId;
        change(preference, now);
    }

    void change(NotificationPreference to, Instant now) {
        this.preference = to;
        this.updatedAt = now;
    }

    public Long getUserId() {
        return userId;
    }

    public NotificationPreference getPreference() {
        return preference;
    }
}
