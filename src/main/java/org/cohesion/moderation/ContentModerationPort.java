package org.cohesion.moderation;

import java.util.Optional;

/**
 * The SPI that content features (comments in {@code discussion}, annotations and remarks in {@code annotation})
 * implement as Spring beans, so moderation can look up and hide their items without importing them. Methods are
 * called by the moderation service after it checked access; they check nothing themselves and join the caller's
 * transaction.
 */
public interface ContentModerationPort {

    /** The kind of content this port serves. */
    ContentType type();

    /** The item, if it exists and is not deleted. */
    Optional<ModeratedContent> find(long contentId);

    /**
     * Changes who sees the item; {@code reason} is shown to its author when hidden (null otherwise). Published
     * live where the feature can (an approved item appears as if just posted).
     */
    void changeVisibility(long contentId, Visibility visibility, String reason);

    /** Marks every visible item of the author {@link Visibility#BLOCKED} (hidden and awaiting ones stay so); how many. */
    int blockAuthor(long authorId);

    /** Makes every {@link Visibility#BLOCKED} item of the author visible again; how many. */
    int unblockAuthor(long authorId);
}
