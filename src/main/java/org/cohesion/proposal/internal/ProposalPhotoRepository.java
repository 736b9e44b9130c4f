package org.cohesion.proposal.internal;

import org.cohesion.proposal.ProposalPhoto;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalPhotoRepository extends JpaRepository<ProposalPhoto, Long> {
}
