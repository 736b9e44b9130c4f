package org.cohesion.people;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.base.AbstractEntity;

/** A residential community (neighbourhood) of a street in a district, with its invite code. */
@Entity
@Table(name = "community")
public class Community extends AbstractEntity {

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))})
    private BilingualText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "street_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "street_zh"))})
    private BilingualText street;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "district_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "district_zh"))})
    private BilingualText district;

    @Column(name = "invite_code", nullable = false)
    private String inviteCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Community() {
    }

    public Community(BilingualText name, BilingualText street, BilingualText district, String inviteCode,
                     Instant createdAt) {
        this.name = name;
        this.street = street;
        this.district = district;
        this.inviteCode = inviteCode;
        this.createdAt = createdAt;
    }

    public BilingualText getName() {
        return name == null ? new BilingualText(null, null) : name;
    }

    public BilingualText getStreet() {
        return street == null ? new BilingualText(null, null) : street;
    }

    public BilingualText getDistrict() {
        return district == null ? new BilingualText(null, null) : district;
    }

    public String getInviteCode() {
        return inviteCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void rename(BilingualText name, BilingualText street, BilingualText district) {
        this.name = name;
        this.street = street;
        this.district = district;
    }

    void changeInviteCode(String inviteCode) {
        this.inviteCode = inviteCode;
    }
}
