package org.cohesion.moderation;

/** What became of a flag: how many distinct people flagged the item, and whether it is now hidden. */
public record FlagResult(long itemId, int flagCount, boolean hidden) {
}
