package org.cohesion.session;

/** What the host put the focus on: an agenda item (by id), a long text of the plan (a PlanField) or an annotation. */
public enum FocusKind {
    ITEM,
    SECTION,
    ANNOTATION
}
