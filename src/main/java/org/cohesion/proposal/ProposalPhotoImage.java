package org.cohesion.proposal;

/** A proposal's photo, as stored. */
public record ProposalPhotoImage(String contentType, byte[] bytes, String sha256) {
}
