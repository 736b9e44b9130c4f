package org.cohesion.annotation;

/** What kind of remark an annotation is; the UI colours pins by it. */
public enum AnnotationCategory {
    IDEA,
    CONCERN,
    QUESTION,
    SUPPORT;

    /** The message key of this category's translated name. */
    public String labelKey() {
        return "annotation.category." + name().toLowerCase();
    }
}
