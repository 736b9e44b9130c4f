package org.cohesion.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.base.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A live participatory session about one plan, with its live state (current agenda item, focus, timer). State
 * changes are package-private: only {@link SessionService} changes a session.
 */
@Entity
@Table(name = "live_session")
public class LiveSession extends AbstractEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(nullable = false)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private SessionStatus status;

    @Column(name = "join_code", nullable = false)
    private String joinCode;

    @Column(name = "host_id", nullable = false)
    private long hostId;

    @Column(name = "guests_may_comment", nullable = false)
    private boolean guestsMayComment;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "current_item_id")
    private Long currentItemId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "focus_kind")
    private FocusKind focusKind;

    @Column(name = "focus_ref")
    private String focusRef;

    @Column(name = "focus_changed_at")
    private Instant focusChangedAt;

    @Column(name = "timer_ends_at")
    private Instant timerEndsAt;

    @Column(name = "timer_seconds")
    private Integer timerSeconds;

    protected LiveSession() {
    }

    LiveSession(long planId, String title, Instant startsAt, String joinCode, long hostId, boolean guestsMayComment,
                Instant now) {
        this.planId = planId;
        this.title = title;
        this.startsAt = startsAt;
        this.status = SessionStatus.SCHEDULED;
        this.joinCode = joinCode;
        this.hostId = hostId;
        this.guestsMayComment = guestsMayComment;
        this.createdAt = now;
    }

    public long getPlanId() {
        return planId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public long getHostId() {
        return hostId;
    }

    public boolean isGuestsMayComment() {
        return guestsMayComment;
    }

    void setGuestsMayComment(boolean guestsMayComment) {
        this.guestsMayComment = guestsMayComment;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCurrentItemId() {
        return currentItemId;
    }

    public FocusKind getFocusKind() {
        return focusKind;
    }

    public String getFocusRef() {
        return focusRef;
    }

    public Instant getFocusChangedAt() {
        return focusChangedAt;
    }

    public Instant getTimerEndsAt() {
        return timerEndsAt;
    }

    public Integer getTimerSeconds() {
        return timerSeconds;
    }

    void start(Instant now) {
        status = SessionStatus.LIVE;
        startedAt = now;
    }

    void end(Instant now) {
        status = SessionStatus.ENDED;
        endedAt = now;
        timerEndsAt = null;
        timerSeconds = null;
    }

    void setCurrentItem(Long itemId) {
        currentItemId = itemId;
    }

    void focus(FocusKind kind, String ref, Instant now) {
        focusKind = kind;
        focusRef = ref;
        focusChangedAt = now;
    }

    void startTimer(int seconds, Instant now) {
        timerSeconds = seconds;
        timerEndsAt = now.plusSeconds(seconds);
    }

    void stopTimer() {
        timerSeconds = null;
        timerEndsAt = null;
    }
}
