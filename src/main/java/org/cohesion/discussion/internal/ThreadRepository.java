package org.cohesion.discussion.internal;

import java.util.Optional;
import org.cohesion.discussion.DiscussionThread;
import org.cohesion.discussion.SubjectType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThreadRepository extends JpaRepository<DiscussionThread, Long> {

    Optional<DiscussionThread> findByPlanIdAndSubjectTypeAndSubjectId(long planId, SubjectType subjectType,
                                                                       long subjectId);
}
