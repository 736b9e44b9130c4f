package org.cohesion.trace;

import java.util.List;

/** A page of a person's trace, newest first; {@code next} is null when nothing older is left. */
public record TracePage(List<TracedInput> inputs, TraceCursor next) {
}
