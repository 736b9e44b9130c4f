package org.cohesion.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.base.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's membership of a community, with the stakeholder group they speak for there. */
@Entity
@Table(name = "membership")
public class Membership extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "stakeholder_group", nullable = false)
    private StakeholderGroup stakeholderGroup;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {
    }

    public Membership(User user, Community community, StakeholderGroup stakeholderGroup, Instant joinedAt) {
        this.user = user;
        this.community = community;
        this.stakeholderGroup = stakeholderGroup;
        this.joinedAt = joinedAt;
    }

    public User getUser() {
        return user;
    }

    public Community getCommunity() {
        return community;
    }

    public StakeholderGroup getStakeholderGroup() {
        return stakeholderGroup;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    void changeStakeholderGroup(StakeholderGroup group) {
        this.stakeholderGroup = group;
    }
}
