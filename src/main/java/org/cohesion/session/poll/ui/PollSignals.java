package org.cohesion.session.poll.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cohesion.collab.SessionTopics;
import org.cohesion.session.poll.PollsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forwards committed poll changes ({@link PollsChanged}, with the poll's snapshot) to the session's Collaboration
 * Engine topic under {@link SessionTopics#POLLS}, coalesced per poll: the first change after a quiet spell goes out
 * at once, later ones at most every {@value #INTERVAL_MS} ms, and only the newest snapshot of each interval (the
 * highest seq). So 300 votes in a second reach each open room as about five snapshots, not 300, and the last state
 * always arrives. Sending happens on a thread of its own, so a vote's request never waits for the rooms. Uses the
 * Vaadin service of the current request, else the one the application started. Failures are logged: the change is
 * stored either way and shows when rooms re-read.
 */
@Component
class PollSignals implements VaadinServiceInitListener {

    static final long INTERVAL_MS = 200;

    private static final Logger log = LoggerFactory.getLogger(PollSignals.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "poll-signals");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentHashMap<Key, Pending> pending = new ConcurrentHashMap<>();
    private volatile VaadinService started;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        started = service;
        service.addServiceDestroyListener(e -> {
            if (started == service) {
                started = null;
            }
            pending.keySet().removeIf(k -> k.service() == service);
        });
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    @EventListener
    public void pollChanged(PollsChanged event) {
        VaadinService service = VaadinService.getCurrent() != null ? VaadinService.getCurrent() : started;
        if (service == null) {
            return;
        }
        Key key = new Key(service, event.sessionId(), event.pollId());
        while (true) {
            Pending p = pending.computeIfAbsent(key, k -> new Pending());
            synchronized (p) {
                if (p.dead) {
                    // its quiet check retired it just now: take a fresh one
                    continue;
                }
                if (event.seq() <= p.sentSeq || (p.newest != null && event.seq() <= p.newest.seq())) {
                    return;
                }
                p.newest = event;
                if (!p.scheduled) {
                    // quiet until now: out at once (on the timer's thread, not the voter's), then every interval
                    p.scheduled = true;
                    schedule(key, p, 0);
                }
                return;
            }
        }
    }

    /** Sends the newest snapshot not sent yet and looks again after the interval, or retires the entry. */
    private void flush(Key key, Pending p) {
        PollsChanged send;
        synchronized (p) {
            send = p.newest;
            p.newest = null;
            if (send == null) {
                p.dead = true;
                pending.remove(key, p);
                return;
            }
            p.sentSeq = send.seq();
            schedule(key, p, INTERVAL_MS);
        }
        announce(key.service(), send);
    }

    private void schedule(Key key, Pending p, long delayMs) {
        try {
            timer.schedule(() -> flush(key, p), delayMs, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
            p.dead = true;
            pending.remove(key, p);
        }
    }

    private static void announce(VaadinService service, PollsChanged event) {
        try {
            SessionTopics.announce(service, event.sessionId(), SessionTopics.POLLS, event);
        } catch (RuntimeException e) {
            log.warn("Could not announce a change of poll {} of session {}", event.pollId(), event.sessionId(), e);
        }
    }

    private record Key(VaadinService service, long sessionId, long pollId) {
    }

    /** The coalescing state of one poll: the newest snapshot not sent yet, and the seq last sent. */
    private static final class Pending {
        PollsChanged newest;
        long sentSeq = Long.MIN_VALUE;
        boolean scheduled;
        boolean dead;
    }
}
