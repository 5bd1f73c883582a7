package org.echotrace.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Wall time spent per named stage, summed over threads. Thread-safe. */
public final class StageClock {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    public <T> T time(String stage, Supplier<T> work) {
        order.putIfAbsent(stage, order.size());
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - t0);
        }
    }

    public void add(String stage, long elapsedNanos) {
        order.putIfAbsent(stage, order.size());
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
    }

    /** Time per stage, in the order stages were first seen. */
    public Map<String, Duration> totals() {
        Map<String, Duration> out = new LinkedHashMap<>();
        order.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), Duration.ofNanos(nanos.get(e.getKey()).sum())));
        return out;
    }
}
