package org.cohesion.collab;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;

/**
 * Collaboration Engine topics of a plan. Field values live in a topic per "generation": a restore from
 * history starts a new generation, so the workspace re-reads the plan from the database instead of keeping
 * stale live values. Presence and events (such as "a restore happened") live in the plan's stable topic.
 */
public final class PlanTopics {

    /** Map in the events topic; key {@link #GENERATION} holds the current generation number. */
    public static final String EVENTS_MAP = "plan-events";
    public static final String GENERATION = "generation";
    /** Key in the events map that changes whenever a drawing is added or removed. */
    public static final String DRAWINGS = "drawings";
    /** Key in the events map that changes whenever an annotation is placed, moved, answered or deleted. */
    public static final String ANNOTATIONS = "annotations";

    private PlanTopics() {
    }

    /** The stable topic of a plan: presence and events. */
    public static String plan(long planId) {
        return "plan/" + planId;
    }

    /** The topic holding the live field values of one generation of a plan. */
    public static String fields(long planId, int generation) {
        return "plan/" + planId + "/fields/" + generation;
    }

    /** Tells everyone with the plan open that a restore started this generation; they re-read the plan. */
    public static void announceGeneration(Component context, UserInfo user, long planId, int generation) {
        CollaborationEngine.getInstance().openTopicConnection(context, plan(planId), user, connection -> {
            connection.getNamedMap(EVENTS_MAP).put(GENERATION, generation);
            return null;
        });
    }
}
