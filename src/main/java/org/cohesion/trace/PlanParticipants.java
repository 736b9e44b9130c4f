package org.cohesion.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who took part in a plan, for notifications about its progress: everyone with input on it, and whether the plan
 * grew from their own input (its proposal's author and supporters). Not a service: it checks no access and is for
 * features that tell people about plans they took part in.
 */
@Component
public class PlanParticipants {

    private final List<InputTraceSource> sources;

    PlanParticipants(List<InputTraceSource> sources) {
        this.sources = sources;
    }

    /** Everyone with input on the plan; true for those whose own input the plan started from. */
    public Map<Long, Boolean> of(long planId) {
        Map<Long, Boolean> people = new HashMap<>();
        for (InputTraceSource source : sources) {
            source.peopleWithInputOn(planId).forEach(p -> people.putIfAbsent(p, false));
            source.originatorsOf(planId).forEach(p -> people.put(p, true));
        }
        return people;
    }
}
