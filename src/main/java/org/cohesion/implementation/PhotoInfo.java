package org.cohesion.implementation;

import java.time.Instant;

/** A photo of a milestone: where the browser loads it from (members of the plan's community only). */
public record PhotoInfo(long id, long milestoneId, String caption, String contentType, long sizeBytes,
                        Instant uploadedAt) {

    /** The path the photo is served at. */
    public String url() {
        return "implementation/photos/" + id;
    }
}
