package org.cohesion.plan.ui;

import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;

/**
 * The open workspace's live events of its plan (keys in the plan's events map), for drawing extensions: they
 * share the workspace's one connection to the plan's topic rather than opening their own.
 */
public interface PlanEvents {

    /** Calls the listener whenever someone else (another UI) changes the key. */
    Registration subscribe(String key, SerializableRunnable listener);

    /** Tells everyone else with the plan open that what the key stands for changed. */
    void publish(String key);
}
