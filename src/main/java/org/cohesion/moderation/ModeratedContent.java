package org.cohesion.moderation;

import java.time.Instant;

/**
 * A contribution as a content feature describes it to moderation through {@link ContentModerationPort}.
 *
 * @param text the plain text (never markup)
 * @param remark whether an annotation is a remark on text (for labels)
 * @param number an annotation's number in its plan (null for comments)
 * @param link where it is shown, relative to the app root, e.g. {@code plans/7?annotation=12}
 * @param reason the hide reason the author is shown (null when none)
 */
public record ModeratedContent(ContentType type, long id, String text, long authorId, long planId,
                               long communityId, boolean remark, Integer number, String link, Instant createdAt,
                               Visibility visibility, String reason) {
}
