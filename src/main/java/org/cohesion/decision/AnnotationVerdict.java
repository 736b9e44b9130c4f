package org.cohesion.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Whether a decision accepted or declined one annotation of the plan, and why (required when declined). */
@Embeddable
public class AnnotationVerdict {

    @Column(name = "annotation_id", nullable = false)
    private long annotationId;

    @Column(nullable = false)
    private boolean accepted;

    @Column(length = 1000)
    private String reason;

    protected AnnotationVerdict() {
    }

    public AnnotationVerdict(long annotationId, boolean accepted, String reason) {
        this.annotationId = annotationId;
        this.accepted = accepted;
        this.reason = reason;
    }

    public long annotationId() {
        return annotationId;
    }

    public boolean accepted() {
        return accepted;
    }

    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnnotationVerdict v && v.annotationId == annotationId && v.accepted == accepted
                && Objects.equals(v.reason, reason);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(annotationId);
    }
}
