package org.cohesion.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes of a milestone photo. */
@Entity
@Table(name = "implementation_photo_content")
public class MilestonePhotoContent {

    @Id
    @Column(name = "photo_id")
    private Long photoId;

    @Column(nullable = false, length = Integer.MAX_VALUE)
    @JdbcTypeCode(SqlTypes.BLOB)
    private byte[] content;

    protected MilestonePhotoContent() {
    }

    public MilestonePhotoContent(long photoId, byte[] content) {
        this.photoId = photoId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
