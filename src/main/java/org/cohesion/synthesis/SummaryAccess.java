package org.cohesion.synthesis;

/**
 * What the signed-in person may do with a plan's summary: planners of its community (and admins) and moderators
 * who are members of it build and publish; every member reads the published version.
 */
public record SummaryAccess(long planId, long communityId, boolean canBuild) {
}
