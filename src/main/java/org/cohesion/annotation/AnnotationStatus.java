package org.cohesion.annotation;

/** How the planners answered an annotation. */
public enum AnnotationStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    ADDRESSED;

    /** The message key of this status's translated name. */
    public String labelKey() {
        return "annotation.status." + name().toLowerCase();
    }
}
