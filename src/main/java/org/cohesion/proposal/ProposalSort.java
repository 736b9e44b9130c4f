package org.cohesion.proposal;

/** The order of the proposal list. */
public enum ProposalSort {
    NEWEST,
    MOST_SUPPORTED;

    /** The message key of this order's translated name. */
    public String labelKey() {
        return "proposals.sort." + name().toLowerCase().replace('_', '-');
    }
}
