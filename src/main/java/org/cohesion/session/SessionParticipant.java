package org.cohesion.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.base.AbstractEntity;

/**
 * Someone taking part in a session: a member (user id) or a guest (display name only). Holds the hash of the
 * secret of their {@link SessionPass}, never the secret.
 */
@Entity
@Table(name = "session_participant")
public class SessionParticipant extends AbstractEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "guest_name")
    private String guestName;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "follows_host", nullable = false)
    private boolean followsHost;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SessionParticipant() {
    }

    private SessionParticipant(long sessionId, Long userId, String guestName, String secretHash, Instant now) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.guestName = guestName;
        this.secretHash = secretHash;
        this.createdAt = now;
    }

    static SessionParticipant member(long sessionId, long userId, String secretHash, Instant now) {
        return new SessionParticipant(sessionId, userId, null, secretHash, now);
    }

    static SessionParticipant guest(long sessionId, String name, String secretHash, Instant now) {
        return new SessionParticipant(sessionId, null, name, secretHash, now);
    }

    public long getSessionId() {
        return sessionId;
    }

    /** The member's user id; null for a guest. */
    public Long getUserId() {
        return userId;
    }

    public String getGuestName() {
        return guestName;
    }

    public boolean isGuest() {
        return userId == null;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public boolean isFollowsHost() {
        return followsHost;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setSecretHash(String hash) {
        secretHash = hash;
    }

    void setFollowsHost(boolean follows) {
        followsHost = follows;
    }
}
