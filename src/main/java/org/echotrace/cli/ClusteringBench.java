package org.echotrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.cluster.ClaimPoint;
import org.echotrace.cluster.ArticleContext;
import org.echotrace.cluster.NarrativeClusterer;
import org.echotrace.cluster.NarrativeTracker;
import org.echotrace.cluster.StorySplit;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.eval.BCubed;
import org.echotrace.eval.PeakHeap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code echotrace bench clustering}: time and peak heap of clustering generated claims, at the
 * size asked and at a tenth of it in the same run, so that the growth can be read off one line.
 */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = "Clusters generated claims (seeded unit vectors, no model) at N and N/10; prints time, memory and growth.")
final class ClusteringBench implements Callable<Integer> {
    @Option(names = "--claims", defaultValue = "100000", paramLabel = "N")
    int claims;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (claims < 100 || claims > 1_000_000) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--claims must be between 100 and 1000000, got " + claims);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bench", "clustering");
        m.put("cores", Runtime.getRuntime().availableProcessors());
        // A warm-up on a small set, so the JIT's compile time is not billed to the first size.
        measure(2_000, new LinkedHashMap<>());
        Map<String, Object> small = new LinkedHashMap<>();
        Map<String, Object> large = new LinkedHashMap<>();
        measure(claims / 10, small);
        measure(claims, large);
        m.put("small", small);
        m.put("large", large);
        double ratio = (double) large.get("seconds") / (double) small.get("seconds");
        m.put("time_ratio_for_10x_claims", round(ratio));
        m.put("cpu_ratio_for_10x_claims",
                round((double) large.get("process_cpu_seconds") / (double) small.get("process_cpu_seconds")));
        m.put("n_log_n_ratio", round(10 * Math.log(claims) / Math.log(claims / 10.0)));
        m.put("max_heap_mb", round(Runtime.getRuntime().maxMemory() / 1e6));
        System.out.println(new ObjectMapper().writeValueAsString(m));
        return 0;
    }

    private void measure(int n, Map<String, Object> out) {
        SyntheticClaims.Generated g = SyntheticClaims.generate(n, SentenceEmbedder.DIMENSION, seed);
        System.gc();
        PeakHeap.reset();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        // The article context and the story split as the narrative step applies them: their cost belongs to the step.
        StorySplit stories = new StorySplit(StorySplit.Settings.DEFAULT);
        List<List<ClaimPoint>> groups = new NarrativeClusterer(NarrativeClusterer.Settings.CLAIMS)
                .cluster(ArticleContext.apply(g.points(), NarrativeTracker.CONTEXT)).stream()
                .flatMap(group -> stories.parts(group).stream()).toList();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        long heap = PeakHeap.bytes();
        Map<String, String> gold = new HashMap<>();
        Map<String, String> predicted = new HashMap<>();
        for (int i = 0; i < n; i++) {
            gold.put(g.points().get(i).key(), g.narrativeOf().get(i));
        }
        for (int c = 0; c < groups.size(); c++) {
            for (ClaimPoint p : groups.get(c)) {
                predicted.put(p.key(), "c" + c);
            }
        }
        BCubed.Score s = BCubed.score(gold, predicted);
        System.err.printf(Locale.ROOT, "%d claims: %.2f s, %d groups, B-cubed F1 %.3f%n", n, seconds, groups.size(), s.f1());
        out.put("claims", n);
        out.put("seconds", round(seconds));
        out.put("claims_per_s", round(n / seconds));
        out.put("process_cpu_seconds", round(cpu));
        out.put("peak_heap_mb", round(heap / 1e6));
        out.put("narratives", groups.size());
        out.put("true_narratives", gold.values().stream().distinct().count());
        out.put("bcubed_f1", round(s.f1()));
        out.put("bcubed_precision", round(s.precision()));
        out.put("bcubed_recall", round(s.recall()));
    }

    /** CPU time of the whole process (all threads, the collector's too): wall time on a shared machine says little. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
