package org.cohesion.proposal;

/** An existing proposal that resembles the one being written, with how many words or character pairs they share. */
public record SimilarProposal(long id, String title, int score) {
}
