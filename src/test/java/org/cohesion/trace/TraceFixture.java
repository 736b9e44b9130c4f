package org.cohesion.trace;

import java.util.ArrayList;
import java.util.List;

/** Reads the signed-in person's whole trace, page after page (tests share one database, so it may be long). */
public final class TraceFixture {

    private TraceFixture() {
    }

    public static List<TracedInput> allInputs(TraceService traces) {
        List<TracedInput> all = new ArrayList<>();
        TraceCursor cursor = null;
        do {
            TracePage page = traces.myInputs(cursor, TraceService.MAX_PAGE);
            all.addAll(page.inputs());
            cursor = page.next();
        } while (cursor != null);
        return all;
    }
}
