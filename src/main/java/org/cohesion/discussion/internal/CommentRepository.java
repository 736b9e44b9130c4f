package org.cohesion.discussion.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.cohesion.discussion.Comment;
import org.cohesion.discussion.SubjectType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    /** The newest comments of a thread, newest first (index thread_id, id). */
    @Query("select c from Comment c where c.threadId = :thread order by c.id desc")
    List<Comment> newest(@Param("thread") long threadId, Limit limit);

    /** The comments of a thread older than the given one, newest first (keyset paging). */
    @Query("select c from Comment c where c.threadId = :thread and c.id < :before order by c.id desc")
    List<Comment> before(@Param("thread") long threadId, @Param("before") long beforeId, Limit limit);

    long countByThreadId(long threadId);

    /** Comments (not deleted) per subject of the given threads of a plan: rows of [subjectId, count]. */
    @Query("""
            select t.subjectId, count(c) from Comment c, DiscussionThread t
            where c.threadId = t.id and t.planId = :plan and t.subjectType = :type and t.subjectId in :subjects
              and c.deleted = false
            group by t.subjectId""")
    List<Object[]> countsBySubject(@Param("plan") long planId, @Param("type") SubjectType type,
                                   @Param("subjects") Collection<Long> subjectIds);

    /**
     * The comments (not deleted) of every thread of a plan posted within a time window (both ends included),
     * oldest first: rows of [comment, subject type, subject id].
     */
    @Query("""
            select c, t.subjectType, t.subjectId from Comment c, DiscussionThread t
            where c.threadId = t.id and t.planId = :plan and c.deleted = false
              and c.createdAt >= :from and c.createdAt <= :to
            order by c.createdAt asc, c.id asc""")
    List<Object[]> postedBetween(@Param("plan") long planId, @Param("from") Instant from, @Param("to") Instant to,
                                 Limit limit);

    @Query("select c.id, c.authorId from Comment c where c.id in :ids")
    List<Object[]> authorsOf(@Param("ids") Collection<Long> ids);
}
