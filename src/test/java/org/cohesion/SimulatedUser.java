package org.cohesion;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import com.vaadin.flow.server.VaadinServlet;
import org.springframework.context.ApplicationContext;

/**
 * One person in a multi-user UI test: their own thread with their own mocked Vaadin session and sign-in.
 * Everything they do runs on that thread; {@link #sync()} processes what other users pushed to them.
 */
public final class SimulatedUser implements AutoCloseable {

    private final ExecutorService thread;
    public final String username;

    public SimulatedUser(ApplicationContext context, VaadinServlet servlet, String username) {
        this.username = username;
        this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "user-" + (username == null ? "guest"
                : username)));
        run(() -> {
            KaribuSupport.setUp(servlet);
            if (username != null) {
                KaribuSupport.login(context, username);
            }
        });
    }

    /** Someone who is not signed in (a guest), with a mocked session of their own. */
    public static SimulatedUser anonymous(ApplicationContext context, VaadinServlet servlet) {
        return new SimulatedUser(context, servlet, null);
    }

    /** Runs an action as this user, on their thread, and waits for it. */
    public void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Runs a query as this user, on their thread, after processing pushed updates, and returns its result. */
    public <T> T call(Callable<T> query) {
        try {
            return thread.submit(() -> {
                roundtrip();
                T answer = query.call();
                roundtrip();
                return answer;
            }).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Queries until the answer satisfies the condition (or 20 s pass), processing pushed updates in between —
     * also of the {@code others}, whose own queued work (e.g. announcing their presence) may still be pending:
     * Collaboration Engine delivers changes asynchronously.
     */
    public <T> T await(Callable<T> query, java.util.function.Predicate<T> condition, SimulatedUser... others) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        T answer = call(query);
        while (!condition.test(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            for (SimulatedUser other : others) {
                other.sync();
            }
            answer = call(query);
        }
        return answer;
    }

    /**
     * Runs the UI work pushed to this user, then the query, without simulating the response: JavaScript
     * the server queued for the browser is still pending when the query looks at it.
     */
    public <T> T callBeforeResponse(Callable<T> query) {
        try {
            return thread.submit(() -> {
                MockVaadin.runUIQueue();
                return query.call();
            }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Releases this user's session lock, as a real server does between requests, so that Collaboration
     * Engine applies pushed changes at once from its own threads. Call {@link #holdSession()} before acting again.
     */
    public void releaseSession() {
        onThread(() -> com.vaadin.flow.server.VaadinSession.getCurrent().unlock());
    }

    /** Takes this user's session lock back after {@link #releaseSession()}. */
    public void holdSession() {
        onThread(() -> com.vaadin.flow.server.VaadinSession.getCurrent().lock());
    }

    private void onThread(Runnable action) {
        try {
            thread.submit(action).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Like a browser's request and response: runs queued UI work (own and pushed by others). */
    private static void roundtrip() {
        if (com.vaadin.flow.component.UI.getCurrent() != null) {
            MockVaadin.clientRoundtrip();
        }
    }

    /** Processes the updates other users pushed to this user's UI. */
    public void sync() {
        run(() -> { });
    }

    @Override
    public void close() {
        try {
            run(KaribuSupport::tearDown);
        } catch (IllegalStateException e) {
            // Tearing down the shared mock service also closes the other users' live connections from this
            // thread, without their session locks; that only happens in tests and is harmless here.
        } finally {
            thread.shutdownNow();
        }
    }
}
