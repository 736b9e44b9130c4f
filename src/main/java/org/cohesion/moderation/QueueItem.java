package org.cohesion.moderation;

import java.time.Instant;
import java.util.Set;

/**
 * One row of the moderation queue. {@code excerpt} is plain text; {@code pending}: no moderator decided yet;
 * {@code autoHidden}: hidden automatically after enough flags, pending review.
 */
public record QueueItem(long id, ContentType type, long contentId, long planId, String planTitle, long communityId,
                        long authorId, String authorName, String excerpt, boolean pending, Visibility visibility,
                        boolean autoHidden, String hideReason, int flagCount, Set<FlagReason> reasons,
                        Instant lastActivity) {
}
