package org.cohesion.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.springframework.data.domain.Persistable;

/**
 * One person's support of one proposal (at most one each). Supports are only ever inserted or deleted, so saving
 * one always inserts: a second support by the same person fails on the primary key instead of overwriting.
 */
@Entity
@Table(name = "proposal_support")
@IdClass(ProposalSupport.Key.class)
public class ProposalSupport implements Persistable<ProposalSupport.Key> {

    @Id
    @Column(name = "proposal_id")
    private long proposalId;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProposalSupport() {
    }

    ProposalSupport(long proposalId, long userId, Instant createdAt) {
        this.proposalId = proposalId;
        this.userId = userId;
        this.createdAt = createdAt;
    }

    @Override
    public Key getId() {
        return new Key(proposalId, userId);
    }

    @Override
    public boolean isNew() {
        return true;
    }

    public long getProposalId() {
        return proposalId;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The composite key: proposal and person. */
    public static class Key implements Serializable {
        private long proposalId;
        private long userId;

        public Key() {
        }

        public Key(long proposalId, long userId) {
            this.proposalId = proposalId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.proposalId == proposalId && k.userId == userId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(proposalId, userId);
        }
    }
}
