package org.cohesion.collab;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;

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
    /** Key in the events map that changes whenever the plan moves to another phase. */
    public static final String PHASE = "phase";
    /** Key in the events map that changes whenever one of the plan's long texts is saved. */
    public static final String TEXTS = "texts";

    /** Map in the plan's topic with a key per discussion thread ({@link #threadKey}) that changes on every change. */
    public static final String THREADS_MAP = "plan-threads";

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

    /**
     * Calls {@code onChange} (with the UI locked) whenever someone announces a change of {@code key} in the plan's
     * events map, while the component is attached; for views that show part of a plan outside its workspace (a
     * live session's room). The connection uses an identity of its own that shows nobody.
     */
    public static void listen(Component context, long planId, String key, Runnable onChange) {
        UserInfo nobody = new UserInfo("plan-listener-" + java.util.UUID.randomUUID());
        CollaborationEngine.getInstance().openTopicConnection(context, plan(planId), nobody, connection -> {
            boolean[] subscribed = {false};
            var registration = connection.getNamedMap(EVENTS_MAP).subscribe(e -> {
                if (subscribed[0] && key.equals(e.getKey())) {
                    onChange.run();
                }
            });
            subscribed[0] = true;
            return registration::remove;
        });
    }

    /** The key of a discussion thread in {@link #THREADS_MAP}. */
    public static String threadKey(long threadId) {
        return "thread-" + threadId;
    }

    /**
     * Connects a component showing a discussion thread to the plan's topic while it is attached: calls
     * {@code onChange} (with the UI locked) whenever someone announces a change of the thread through the returned
     * signal, with the id of the comment that changed (null when unknown). The connection uses an identity of its
     * own that shows nobody, so reduced presence is respected.
     */
    public static ThreadSignal threadSignal(Component context, long planId, long threadId,
                                            java.util.function.Consumer<Long> onChange) {
        ThreadSignal signal = new ThreadSignal(threadKey(threadId));
        UserInfo nobody = new UserInfo("thread-listener-" + java.util.UUID.randomUUID());
        CollaborationEngine.getInstance().openTopicConnection(context, plan(planId), nobody, connection -> {
            var map = connection.getNamedMap(THREADS_MAP);
            boolean[] subscribed = {false};
            var registration = map.subscribe(e -> {
                if (subscribed[0] && signal.key.equals(e.getKey())) {
                    onChange.accept(ThreadSignal.commentIdOf(e.getValue(String.class)));
                }
            });
            subscribed[0] = true;
            signal.map = map;
            return () -> {
                registration.remove();
                signal.map = null;
            };
        });
        return signal;
    }

    /**
     * Tells everyone with a thread of the plan open that a comment changed outside any open view (a moderator hid,
     * restored or approved it), from any thread: a short-lived connection in the system context.
     */
    public static void announceThreadChange(VaadinService service, long planId, long threadId, long commentId) {
        announce(service, planId, THREADS_MAP, threadKey(threadId), commentId + ":" + java.util.UUID.randomUUID());
    }

    /** Tells everyone with the plan open that what an events key stands for changed, from any thread. */
    public static void announceEvent(VaadinService service, long planId, String key) {
        announce(service, planId, EVENTS_MAP, key, java.util.UUID.randomUUID().toString());
    }

    private static void announce(VaadinService service, long planId, String map, String key, String value) {
        SystemSignals.put(service, plan(planId), map, key, value);
    }

    /** Tells everyone with a thread open that it changed; they re-read it from the database. */
    public static final class ThreadSignal {

        private final String key;
        private volatile com.vaadin.collaborationengine.CollaborationMap map;

        private ThreadSignal(String key) {
            this.key = key;
        }

        /** Whether the signal is connected to the plan's topic (the component is attached and activated). */
        public boolean connected() {
            return map != null;
        }

        /** Announces a change of the thread, naming the comment that changed if any (a no-op while detached). */
        public void changed(Long commentId) {
            var current = map;
            if (current != null) {
                current.put(key, (commentId == null ? "" : commentId) + ":" + java.util.UUID.randomUUID());
            }
        }

        static Long commentIdOf(String value) {
            if (value == null || value.indexOf(':') <= 0) {
                return null;
            }
            try {
                return Long.parseLong(value.substring(0, value.indexOf(':')));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
