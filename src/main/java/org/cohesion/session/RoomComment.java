package org.cohesion.session;

import java.time.Instant;

/** A comment in a session's room as everyone there sees it: plain text, the writer's name, whether a guest. */
public record RoomComment(long id, long participantId, String authorName, boolean guest, String body,
                          Instant createdAt) {
}
