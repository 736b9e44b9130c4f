package org.cohesion.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes of a proposal's photo, kept apart so lists never load them. */
@Entity
@Table(name = "proposal_photo")
public class ProposalPhoto {

    @Id
    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(nullable = false, length = Integer.MAX_VALUE)
    @JdbcTypeCode(SqlTypes.BLOB)
    private byte[] content;

    protected ProposalPhoto() {
    }

    ProposalPhoto(long proposalId, byte[] content) {
        this.proposalId = proposalId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
