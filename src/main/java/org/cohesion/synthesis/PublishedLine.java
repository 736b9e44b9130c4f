package org.cohesion.synthesis;

import java.util.List;

/** A line of a published summary with its frozen citations. */
public record PublishedLine(String text, List<Citation> citations) {
}
