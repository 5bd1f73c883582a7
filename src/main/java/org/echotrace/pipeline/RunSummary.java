package org.echotrace.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one analyze run did.
 *
 * @param filesRead  inputs read (including rejected ones)
 * @param stored     articles new to the store
 * @param unchanged  articles already in the store, or repeated within this run
 * @param rejected   inputs that could not be processed, with the reason
 * @param stageTimes wall time per stage
 */
public record RunSummary(int filesRead, int stored, int unchanged, List<Problem> rejected,
                         Map<String, Duration> stageTimes, Duration elapsed) {
    public RunSummary {
        rejected = List.copyOf(rejected);
        stageTimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageTimes));
    }
}
