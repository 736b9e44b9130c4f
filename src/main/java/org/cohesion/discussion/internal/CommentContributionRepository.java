package org.cohesion.discussion.internal;

import java.util.List;
import org.cohesion.discussion.Comment;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Narrow reads of a plan's comments for synthesis: one row of plain values per comment. */
public interface CommentContributionRepository extends Repository<Comment, Long> {

    /**
     * The visible comments of every thread of the plan with author name and group, by id: rows of [id, body,
     * author id, display name, group, created, subject type, subject id]. Visibility is decided here and only here
     * (only what moderation left visible: not hidden, not awaiting review, not a blocked person's).
     */
    @Query("""
            select c.id, c.body, c.authorId, u.displayName, m.stakeholderGroup, c.createdAt, t.subjectType,
                   t.subjectId
            from Comment c join DiscussionThread t on t.id = c.threadId join User u on u.id = c.authorId
              left join Membership m on m.user.id = c.authorId and m.community.id = :community
            where t.planId = :plan and c.deleted = false and c.moderation = org.cohesion.moderation.Visibility.VISIBLE
            order by c.id""")
    List<Object[]> rows(@Param("plan") long planId, @Param("community") long communityId);

    /** Supporters per comment of the plan: rows of [comment id, count], for comments with any. */
    @Query("""
            select s.id.commentId, count(s) from CommentSupport s, Comment c, DiscussionThread t
            where s.id.commentId = c.id and c.threadId = t.id and t.planId = :plan
            group by s.id.commentId""")
    List<Object[]> supporters(@Param("plan") long planId);
}
