package org.cohesion.trace;

import java.time.Instant;

/**
 * Where a page of the trace ended: the last input's time, source and id. The trace is ordered by time, then
 * source, then id, all descending, so each source can page by keyset with {@link #before(int)}.
 */
public record TraceCursor(Instant at, int source, long id) {

    /** The bound below which a source's rows come after this cursor: (time, id) pairs less than it. */
    public Bound before(int sourceIndex) {
        if (sourceIndex < source) {
            return new Bound(at, Long.MAX_VALUE);
        }
        if (sourceIndex == source) {
            return new Bound(at, id);
        }
        return new Bound(at, Long.MIN_VALUE);
    }

    /** The newest possible bound: a first page. */
    public static Bound first() {
        return new Bound(Instant.parse("9999-01-01T00:00:00Z"), Long.MAX_VALUE);
    }

    /** Rows with {@code created < at}, or {@code created = at and id < id}, come after the cursor. */
    public record Bound(Instant at, long id) {
    }
}
