package org.cohesion.session.record;

import java.util.List;

/** A titled part of a session's record; {@code id} is a short stable name (e.g. {@code attendance}, {@code polls}). */
public record RecordPart(String id, String title, List<RecordBlock> blocks) {

    public RecordPart {
        blocks = List.copyOf(blocks);
    }

    public RecordPart(String id, String title, RecordBlock... blocks) {
        this(id, title, List.of(blocks));
    }
}
