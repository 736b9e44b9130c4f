package org.cohesion.session;

import java.time.Instant;

/** Where the host put everyone's focus, and when. {@code ref} is an agenda item id, a PlanField name or an annotation id. */
public record Focus(FocusKind kind, String ref, Instant changedAt) {
}
