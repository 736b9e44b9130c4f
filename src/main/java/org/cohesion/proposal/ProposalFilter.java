package org.cohesion.proposal;

/** What the proposal list shows: null filters mean "all"; a null sort means newest first. */
public record ProposalFilter(Long communityId, SpaceKind kind, ProposalStatus status, ProposalSort sort) {

    /** Everything of the viewer's communities, newest first. */
    public static ProposalFilter all() {
        return new ProposalFilter(null, null, null, ProposalSort.NEWEST);
    }
}
