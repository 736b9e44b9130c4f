package org.cohesion.implementation;

/** Published (as a Spring application event) after a planner marked a milestone done and it was committed. */
public record MilestoneCompleted(long planId, long milestoneId, String title, long actorId) {
}
