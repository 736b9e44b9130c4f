package org.cohesion.annotation;

import java.util.List;
import org.cohesion.plan.PlanField;

/** One of a plan's long texts as it reads now, with its remarks placed in it (by number). */
public record RemarkedText(PlanField field, String text, List<PlacedRemark> remarks) {
}
