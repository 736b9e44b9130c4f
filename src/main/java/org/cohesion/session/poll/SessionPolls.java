package org.cohesion.session.poll;

import java.util.List;
import org.cohesion.session.Participant;

/** The polls of a session that a participant may see, newest first, and who they are (host, member or guest). */
public record SessionPolls(Participant me, List<PollView> polls) {

    public SessionPolls {
        polls = List.copyOf(polls);
    }
}
