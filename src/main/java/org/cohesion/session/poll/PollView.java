package org.cohesion.session.poll;

import java.util.Map;

/** A poll as one participant sees it: the poll with its results, and their own votes (option id → dots). */
public record PollView(PollSnapshot poll, Map<Long, Integer> myVotes) {

    public PollView {
        myVotes = Map.copyOf(myVotes);
    }

    /** Whether this participant has voted in the poll. */
    public boolean voted() {
        return !myVotes.isEmpty();
    }
}
