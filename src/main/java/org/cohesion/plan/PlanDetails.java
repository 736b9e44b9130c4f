package org.cohesion.plan;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cohesion.people.BilingualText;

/**
 * A plan opened in its workspace: its stored field values, whether the viewer may edit, its co-editors and
 * drawings.
 */
public record PlanDetails(long id, long communityId, BilingualText communityName, Map<PlanField, String> values,
                          boolean canEdit, boolean canManageEditors, List<Editor> editors,
                          List<DrawingInfo> drawings, Instant createdAt, Instant updatedAt, int generation) {

    /** A person who may co-edit the plan. */
    public record Editor(long userId, String displayName) {
    }

    public String value(PlanField field) {
        return values.get(field);
    }

    static Map<PlanField, String> valuesOf(Plan plan) {
        Map<PlanField, String> values = new EnumMap<>(PlanField.class);
        for (PlanField f : PlanField.values()) {
            values.put(f, plan.get(f));
        }
        return values;
    }
}
