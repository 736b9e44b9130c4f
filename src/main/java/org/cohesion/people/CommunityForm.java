package org.cohesion.people;

/** What an admin types to create or rename a community. At least one name is required. */
public record CommunityForm(String nameEn, String nameZh, String streetEn, String streetZh,
                            String districtEn, String districtZh) {

    public static CommunityForm empty() {
        return new CommunityForm("", "", "", "", "", "");
    }

    static CommunityForm of(CommunityDetails c) {
        return new CommunityForm(c.name().en(), c.name().zh(), c.street().en(), c.street().zh(),
                c.district().en(), c.district().zh());
    }
}
