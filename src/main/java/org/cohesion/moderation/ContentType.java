package org.cohesion.moderation;

/** What kind of contribution a moderated item is; remarks on text are annotations too. */
public enum ContentType {
    COMMENT,
    ANNOTATION
}
