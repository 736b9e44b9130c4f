package org.cohesion.people;

/**
 * Published (Spring application event) inside the transaction in which an admin enabled or disabled an account,
 * with who did it.
 */
public record AccountEnabledChanged(long userId, String username, boolean enabled, long actorId, String actorName) {
}
