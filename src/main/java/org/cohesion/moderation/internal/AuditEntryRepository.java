package org.cohesion.moderation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.cohesion.moderation.AuditAction;
import org.cohesion.moderation.AuditEntry;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read only: the audit log is append-only, so there is deliberately no update or delete here. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    /** Stores a new entry. */
    AuditEntry save(AuditEntry entry);

    String FILTER = """
            (:allCommunities = true or e.communityId in :communities)
              and (:action is null or e.action = :action)
              and (:community is null or e.communityId = :community)
              and (:from is null or e.createdAt >= :from) and (:to is null or e.createdAt < :to)
              and (:q is null or lower(e.actorName) like :q escape '!' or lower(e.targetLabel) like :q escape '!')""";

    @Query("select e from AuditEntry e where " + FILTER + " order by e.createdAt desc, e.id desc")
    List<AuditEntry> search(@Param("allCommunities") boolean allCommunities,
                            @Param("communities") Collection<Long> communities, @Param("action") AuditAction action,
                            @Param("community") Long communityId, @Param("from") Instant from,
                            @Param("to") Instant to, @Param("q") String likePattern, Pageable page);

    @Query("select count(e) from AuditEntry e where " + FILTER)
    long countSearch(@Param("allCommunities") boolean allCommunities,
                     @Param("communities") Collection<Long> communities, @Param("action") AuditAction action,
                     @Param("community") Long communityId, @Param("from") Instant from, @Param("to") Instant to,
                     @Param("q") String likePattern);

    @Query("select e from AuditEntry e where e.targetType = :type and e.targetId = :id order by e.id")
    List<AuditEntry> forTarget(@Param("type") String targetType, @Param("id") long targetId);
}
