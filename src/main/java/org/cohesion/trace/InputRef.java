package org.cohesion.trace;

/**
 * One piece of input: for proposals, supports (the supported proposal), annotations, remarks and comments the id of
 * that row; for votes the poll's id; for ratings the rating's id.
 */
public record InputRef(InputKind kind, long id) {
}
