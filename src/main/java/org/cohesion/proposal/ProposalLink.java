package org.cohesion.proposal;

/** Another proposal or a plan this one is linked to, by id and title. */
public record ProposalLink(long id, String title) {
}
