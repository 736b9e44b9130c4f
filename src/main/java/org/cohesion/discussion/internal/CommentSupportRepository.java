package org.cohesion.discussion.internal;

import java.util.Collection;
import java.util.List;
import org.cohesion.discussion.CommentSupport;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentSupportRepository extends JpaRepository<CommentSupport, CommentSupport.Key> {

    /** Pairs of comment id and its number of supporters, for the given comments that have any. */
    @Query("select s.id.commentId, count(s) from CommentSupport s where s.id.commentId in :ids"
            + " group by s.id.commentId")
    List<Object[]> counts(@Param("ids") Collection<Long> commentIds);

    /** Which of the given comments this person supports. */
    @Query("select s.id.commentId from CommentSupport s where s.id.userId = :user and s.id.commentId in :ids")
    List<Long> supportedBy(@Param("user") long userId, @Param("ids") Collection<Long> commentIds);

    long countByIdCommentId(long commentId);
}
