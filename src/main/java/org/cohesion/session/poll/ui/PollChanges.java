package org.cohesion.session.poll.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ConcurrentHashMap;
import org.cohesion.collab.SessionTopics;
import org.cohesion.session.poll.PollsChanged;

/**
 * Reads poll snapshots from the session topic once for all open rooms: a change reaches every room as JSON, and
 * each would otherwise convert the same JSON into the same snapshot. Here the first room converts it and the others
 * take that (snapshots are immutable records), matched by poll and seq, which the JSON tells without converting.
 * Keeps the newest snapshot of each poll; emptied when it grows past {@value #MAX_POLLS} polls.
 */
final class PollChanges {

    static final int MAX_POLLS = 1_000;

    private static final ConcurrentHashMap<Long, PollsChanged> NEWEST = new ConcurrentHashMap<>();

    private PollChanges() {
    }

    /** The change's snapshot, or null when the change is not a poll snapshot. */
    static PollsChanged read(SessionTopics.Change change) {
        JsonNode json = change.value(JsonNode.class);
        if (json == null || !json.path("pollId").canConvertToLong() || !json.path("seq").canConvertToLong()) {
            return null;
        }
        long pollId = json.path("pollId").asLong();
        long seq = json.path("seq").asLong();
        PollsChanged known = NEWEST.get(pollId);
        if (known != null && known.seq() == seq) {
            return known;
        }
        PollsChanged event = change.value(PollsChanged.class);
        if (event == null || event.poll() == null) {
            return null;
        }
        if (NEWEST.size() >= MAX_POLLS) {
            NEWEST.clear();
        }
        NEWEST.merge(pollId, event, (old, next) -> next.seq() > old.seq() ? next : old);
        return event;
    }
}
