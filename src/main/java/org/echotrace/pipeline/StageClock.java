package org.echotrace.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Wall time spent per named stage, summed over threads, reported in the order stages started. Thread-safe. */
public final class StageClock {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();

    public <T> T time(String stage, Supplier<T> work) {
        register(stage);
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.get(stage).add(System.nanoTime() - t0);
        }
    }

    private void register(String stage) {
        if (!nanos.containsKey(stage)) {
            synchronized (order) {
                if (!nanos.containsKey(stage)) {
                    order.add(stage);
                    nanos.put(stage, new LongAdder());
                }
            }
        }
    }

    /** Time per stage, in the order stages were first started. */
    public Map<String, Duration> totals() {
        Map<String, Duration> out = new LinkedHashMap<>();
        for (String stage : order) {
            out.put(stage, Duration.ofNanos(nanos.get(stage).sum()));
        }
        return out;
    }
}
