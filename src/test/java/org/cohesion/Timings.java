package org.cohesion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings for benchmarks: run a piece of work after a warm-up, and print p50/p95/max of sorted milliseconds. */
public final class Timings {

    private Timings() {
    }

    /** Runs the work five times to warm up, then {@code runs} times; the milliseconds of those, sorted. */
    public static List<Double> measure(int runs, Runnable work) {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        return ms;
    }

    /** Prints one line: what, then p50, p95 and max of the sorted milliseconds, and how many runs. */
    public static void report(String what, List<Double> sorted) {
        System.out.printf("%-40s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms (%d runs)%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1), sorted.size());
    }
}
