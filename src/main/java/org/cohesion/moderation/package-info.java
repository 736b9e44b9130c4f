/**
 * Moderation: flags, the moderation queue and its actions, blocking, pre-moderation and the audit log. Never
 * imports the content features it serves: they implement {@link org.cohesion.moderation.ContentModerationPort}.
 */
package org.cohesion.moderation;
