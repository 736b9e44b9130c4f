package org.cohesion.session;

/**
 * A verified participant of a session: a member (with their user id) or a guest (no user id), with the name
 * shown to others and whether they may run the session (its host, or a planner of the plan's community).
 */
public record Participant(long participantId, long sessionId, Long userId, String displayName, boolean guest,
                          boolean host) {
}
