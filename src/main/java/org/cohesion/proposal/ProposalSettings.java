package org.cohesion.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A community's own support threshold and open period for new proposals. */
@Entity
@Table(name = "proposal_settings")
public class ProposalSettings {

    @Id
    @Column(name = "community_id")
    private Long communityId;

    @Version
    private long version;

    @Column(name = "support_threshold", nullable = false)
    private int supportThreshold;

    @Column(name = "open_days", nullable = false)
    private int openDays;

    protected ProposalSettings() {
    }

    ProposalSettings(long communityId, int supportThreshold, int openDays) {
        this.communityId = communityId;
        update(supportThreshold, openDays);
    }

    void update(int supportThreshold, int openDays) {
        this.supportThreshold = supportThreshold;
        this.openDays = openDays;
    }

    public int getSupportThreshold() {
        return supportThreshold;
    }

    public int getOpenDays() {
        return openDays;
    }
}
