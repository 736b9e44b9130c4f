package org.cohesion.session;

import java.util.List;

/**
 * What {@link SessionService} publishes (as Spring application events) after a change is committed, with a
 * snapshot of what changed, so that the open rooms can update without each re-reading the database. The
 * session UI forwards them to the session's Collaboration Engine topic. {@code seq} orders snapshots of one
 * kind: a room ignores one older than what it shows.
 */
public sealed interface SessionEvent {

    long sessionId();

    /** Status, current item, focus or timer changed. */
    record StateChanged(LiveState state) implements SessionEvent {
        @Override
        public long sessionId() {
            return state.sessionId();
        }
    }

    /** Someone joined, left, reconnected or changed whether they follow the host. */
    record ParticipantsChanged(long sessionId, List<ParticipantView> participants, long seq) implements SessionEvent {
    }

    /** A hand was raised or lowered, or the host called the next speaker. */
    record HandsChanged(long sessionId, List<HandView> queue, long seq) implements SessionEvent {
    }

    /** The host asked everyone to follow their focus; each participant is asked for consent. */
    record FollowRequested(long sessionId, long seq) implements SessionEvent {
    }

    /**
     * A comment was written in the room ({@code comment}), or the host changed whether guests may comment
     * ({@code comment} null); {@code guestsMayComment} is the setting now.
     */
    record CommentsChanged(long sessionId, RoomComment comment, boolean guestsMayComment, long seq)
            implements SessionEvent {
    }
}
