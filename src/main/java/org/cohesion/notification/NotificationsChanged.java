package org.cohesion.notification;

/**
 * Published (as a Spring application event) whenever a person's notifications changed: one arrived, or they
 * marked some read. Their open UIs re-read them; the event carries nothing else.
 */
public record NotificationsChanged(long userId) {
}
