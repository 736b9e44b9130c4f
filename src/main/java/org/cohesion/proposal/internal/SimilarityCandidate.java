package org.cohesion.proposal.internal;

/** The text of a proposal that a new one may resemble. */
public record SimilarityCandidate(long id, String title, String description) {
}
