package org.cohesion.plan;

/**
 * Published (as a Spring application event, within the saving transaction) when one of a plan's long texts
 * changes, by an edit or a restore; features that point into the text, such as remarks, follow it once the
 * change is committed.
 */
public record PlanTextChanged(long planId, PlanField field, String text) {
}
