package org.cohesion.decision;

import java.time.Instant;
import java.util.List;
import org.cohesion.annotation.AnnotationShape;
import org.cohesion.session.poll.PollSnapshot;

/** A plan's decision record as shown on the plan: the text, the polls with their results, the annotations answered. */
public record DecisionView(long planId, long version, String text, String recordedByName, Instant recordedAt,
                           Instant updatedAt, List<PollSnapshot> polls, List<Verdict> annotations) {

    /** One annotation the decision accepted or declined, with its number and first words for reference. */
    public record Verdict(long annotationId, int number, AnnotationShape shape, String body, boolean accepted,
                          String reason) {
    }
}
