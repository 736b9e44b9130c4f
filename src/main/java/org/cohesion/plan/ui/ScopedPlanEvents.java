package org.cohesion.plan.ui;

import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspace's events as handed to one build of its phase-dependent parts: when they are rebuilt (the plan
 * moved to another phase), the old parts' subscriptions are removed at once.
 */
class ScopedPlanEvents implements PlanEvents {

    private final PlanEvents events;
    private final List<Registration> registrations = new ArrayList<>();

    ScopedPlanEvents(PlanEvents events) {
        this.events = events;
    }

    @Override
    public Registration subscribe(String key, SerializableRunnable listener) {
        Registration registration = events.subscribe(key, listener);
        registrations.add(registration);
        return registration;
    }

    @Override
    public void publish(String key) {
        events.publish(key);
    }

    void removeAll() {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }
}
