package org.cohesion.proposal;

/** What a member fills in to propose something; the photo (JPEG, PNG or WebP bytes) is optional. */
public record NewProposal(long communityId, String title, String description, SpaceKind kind, String location,
                          byte[] photo) {

    /** A proposal without a photo. */
    public NewProposal(long communityId, String title, String description, SpaceKind kind, String location) {
        this(communityId, title, description, kind, location, null);
    }
}
