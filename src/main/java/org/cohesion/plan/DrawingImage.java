package org.cohesion.plan;

/** The stored bytes of a site drawing, with what a browser needs to show and cache them. */
public record DrawingImage(String contentType, byte[] bytes, String sha256) {
}
