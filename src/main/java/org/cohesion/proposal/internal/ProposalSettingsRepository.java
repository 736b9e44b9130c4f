package org.cohesion.proposal.internal;

import org.cohesion.proposal.ProposalSettings;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalSettingsRepository extends JpaRepository<ProposalSettings, Long> {
}
