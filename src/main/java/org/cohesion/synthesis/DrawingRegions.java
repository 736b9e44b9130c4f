package org.cohesion.synthesis;

import java.util.List;

/** Contributions on one drawing by region: nine tallies in {@link Region} order (north-west first). */
public record DrawingRegions(long drawingId, String title, List<Tally> regions) {
}
