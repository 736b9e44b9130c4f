package org.cohesion.people;

/**
 * Published (Spring application event) inside the transaction that added, removed or changed a membership, with
 * who did it (for joining by invite code or registering: the person themselves).
 */
public record MembershipChanged(long userId, String username, long communityId, String communityName,
                                Change change, StakeholderGroup group, Long actorId, String actorName) {

    /** What happened to the membership. */
    public enum Change {
        ADDED,
        REMOVED,
        GROUP_CHANGED
    }
}
