package org.cohesion.plan;

import java.time.Instant;

/** A site drawing's metadata; its image is served at {@code url()}. */
public record DrawingInfo(long id, long planId, String title, String contentType, int width, int height,
                          long sizeBytes, String sha256, Instant uploadedAt) {

    /** Where the browser loads the image; the checksum in the URL makes it safe to cache for a long time. */
    public String url() {
        return "/drawings/" + id + "/" + sha256.substring(0, 16);
    }

    static DrawingInfo of(PlanDrawing d) {
        return new DrawingInfo(d.getId(), d.getPlanId(), d.getTitle(), d.getContentType(), d.getWidth(),
                d.getHeight(), d.getSizeBytes(), d.getSha256(), d.getUploadedAt());
    }
}
