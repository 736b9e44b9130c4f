package org.cohesion.moderation;

import java.util.List;

/** A queue item with its content as it reads now (null when the content was deleted) and all its flags. */
public record QueueItemDetails(QueueItem item, ModeratedContent content, List<FlagView> flags) {
}
