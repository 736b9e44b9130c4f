package org.cohesion.plan;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test bean: collects the phase events of the one test context. */
@Component
public class PhaseEventsRecorder {

    final List<PlanPhaseChanged> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PlanPhaseChanged event) {
        events.add(event);
    }
}
