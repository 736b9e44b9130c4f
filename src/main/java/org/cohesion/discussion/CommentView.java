package org.cohesion.discussion;

import java.time.Instant;
import org.cohesion.moderation.Visibility;

/**
 * A comment as the viewer sees it. {@code body} is plain text (HTML in it is literal text) and null when the
 * comment was deleted. {@code parentAuthorName} names the author of the comment this one replies to.
 * {@code mine}: the viewer wrote it; {@code canEdit}: the viewer may still edit or delete it (own, within
 * {@link DiscussionService#EDIT_WINDOW} of posting, not deleted, plan not closed). {@code moderation}: whether it is
 * hidden or awaits review (only its author and moderators see such a comment), with the reason shown to its author.
 */
public record CommentView(long id, long threadId, Long parentId, String parentAuthorName, long authorId,
                          String authorName, String body, Instant createdAt, Instant editedAt, boolean deleted,
                          long supportCount, boolean supportedByMe, boolean mine, boolean canEdit,
                          Visibility moderation, String moderationReason) {

    public boolean edited() {
        return editedAt != null;
    }
}
