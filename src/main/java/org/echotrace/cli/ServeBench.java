package org.echotrace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.ingest.FileReader;
import org.echotrace.serve.WorkbenchServer;
import org.echotrace.store.EmbeddedStore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench serve}: builds a store of generated articles (or reuses the one an earlier run left
 * in the same {@code --work} folder), serves it on a free loopback port and loads the main API
 * endpoints with wrk (Debian's, 16 connections, a few seconds each, loopback only), reporting p50
 * and p95 latency per endpoint and for a mix of all, and the server's start-up time and memory.
 * Goal: p95 under 100 ms.
 *
 * <p>Design decision: every endpoint is loaded with many distinct addresses ({@link BenchPaths}:
 * other ids, pages, filters and queries), twice: with the response cache off, so every answer is
 * computed, and on, after each address was asked once (repeat views). When the store has no
 * narratives (clustering has not run), the bench adds SYNTHETIC ones in the narrative step's
 * layout ({@link BenchNarratives}); the JSON line says whether it did.
 */
final class ServeBench {
    private static final int CONNECTIONS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final int articles;
    private final long seed;
    private final int seconds;

    ServeBench(int articles, long seed, int seconds) {
        this.articles = articles;
        this.seed = seed;
        this.seconds = seconds;
    }

    /** Runs the bench in the scratch folder {@code dir} and prints one JSON line; the exit code. */
    int run(Path dir) throws IOException {
        try {
            return measure(dir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("bench serve was interrupted", e);
        }
    }

    private int measure(Path dir) throws IOException, InterruptedException {
        Path wrk = expectWrk();
        Path store = dir.resolve("store");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bench", "serve");
        // A store built by an earlier run in the same --work folder is reused: building one is the slow part.
        boolean reuse = Files.exists(store.resolve("FORMAT"));
        m.put("reused_store", reuse);
        if (!reuse) {
            Path demo = Path.of(System.getProperty("echotrace.home", ".")).resolve("examples/demo");
            List<Path> files = new SyntheticCorpus(demo).write(dir.resolve("articles"), articles, seed);
            long t0 = System.nanoTime();
            try (EmbeddedStore st = EmbeddedStore.openOrCreate(store)) {
                new AnalyzeRun(st, FileReader.DEFAULT_MAX_BYTES, AnalyzeRun.DEFAULT_BATCH, Progress.of(Progress.Mode.AUTO, System.err))
                        .run(List.of(dir.resolve("articles")), "bench serve");
            }
            m.put("build_store_seconds", round((System.nanoTime() - t0) / 1e9));
        }
        m.put("synthetic_narratives_added", BenchNarratives.addIfMissing(store));
        long v0 = System.nanoTime();
        m.put("claim_texts_embedded_for_the_store", BenchNarratives.storeClaimVectors(store));
        m.put("claim_vectors_seconds", round((System.nanoTime() - v0) / 1e9));
        m.put("connections", CONNECTIONS);
        m.put("seconds_per_endpoint", seconds);
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("load_average_before", loadAverage());
        Map<String, Object> uncached = phase(wrk, dir, store, 0, m);
        Map<String, Object> cached = phase(wrk, dir, store, WorkbenchServer.DEFAULT_CACHE_MB, m);
        m.put("uncached", uncached);
        m.put("cached", cached);
        m.put("goal_p95_ms", 100);
        m.put("goal_met_uncached", (Boolean) uncached.get("all_p95_under_goal"));
        m.put("goal_met_cached", (Boolean) cached.get("all_p95_under_goal"));
        m.put("load_average_after", loadAverage());
        System.out.println(JSON.writeValueAsString(m));
        return 0;
    }

    /**
     * One server: its start-up time and memory, a short warm-up mix, then each endpoint alone over
     * its many distinct addresses and a mix of all. With the cache off every answer is computed;
     * with it on, every address is asked once before the timed runs: that phase measures repeat views.
     */
    private Map<String, Object> phase(Path wrk, Path dir, Path store, int cacheMb, Map<String, Object> m)
            throws IOException, InterruptedException {
        Map<String, Object> out = new LinkedHashMap<>();
        System.gc();
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchServer.Options(store, "127.0.0.1", 0, Optional.empty(), true, cacheMb))) {
            out.put("cache_mb", cacheMb);
            out.put("start_seconds", round((System.nanoTime() - t0) / 1e9));
            String base = "http://127.0.0.1:" + server.port();
            JsonNode stats = JSON.readTree(fetch(base + "/api/stats"));
            while (!stats.get("semantic_index").get("ready").asBoolean() && !stats.get("semantic_index").has("failure")) {
                Thread.sleep(200);
                stats = JSON.readTree(fetch(base + "/api/stats"));
            }
            out.put("semantic_index_ready_seconds", round((System.nanoTime() - t0) / 1e9));
            out.put("semantic_index", stats.get("semantic_index"));
            System.gc();
            out.put("heap_after_start_mb", round((usedHeap() - heapBefore) / 1e6));
            out.put("rss_after_start_mb", round(rssBytes() / 1e6));
            m.putIfAbsent("store_counts", stats.get("counts"));
            Map<String, List<String>> endpoints = BenchPaths.of(base);
            Map<String, Integer> distinct = new LinkedHashMap<>();
            endpoints.forEach((k, v) -> distinct.put(k, v.size()));
            out.put("distinct_addresses", distinct);
            List<String> all = mixed(endpoints);
            if (cacheMb > 0) {
                for (String path : all) {
                    fetch(base + path);
                }
            }
            load(wrk, dir, base, all, Math.max(2, seconds / 2));
            Map<String, Object> per = new LinkedHashMap<>();
            double worst = 0;
            for (Map.Entry<String, List<String>> e : endpoints.entrySet()) {
                JsonNode r = load(wrk, dir, base, e.getValue(), seconds);
                per.put(e.getKey(), summary(r));
                worst = Math.max(worst, r.get("p95_us").asDouble() / 1000);
            }
            JsonNode mixed = load(wrk, dir, base, all, seconds * 2);
            out.put("mixed", summary(mixed));
            out.put("endpoints", per);
            out.put("worst_endpoint_p95_ms", round(worst));
            out.put("all_p95_under_goal", worst < 100 && mixed.get("p95_us").asDouble() / 1000 < 100);
            System.gc();
            out.put("heap_after_load_mb", round((usedHeap() - heapBefore) / 1e6));
            out.put("rss_after_load_mb", round(rssBytes() / 1e6));
        }
        return out;
    }

    /** Every endpoint's addresses interleaved, so a mix cycles through all endpoints. */
    private static List<String> mixed(Map<String, List<String>> endpoints) {
        List<String> out = new ArrayList<>();
        int longest = endpoints.values().stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<String> v : endpoints.values()) {
                if (i < v.size()) {
                    out.add(v.get(i));
                }
            }
        }
        return out;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Resident set size of this process now (Linux), or -1. */
    private static long rssBytes() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private JsonNode load(Path wrk, Path dir, String base, List<String> paths, int duration) throws IOException, InterruptedException {
        Path list = dir.resolve("paths.txt");
        Files.write(list, paths, StandardCharsets.UTF_8);
        Path lua = dir.resolve("serve-bench.lua");
        try (InputStream in = ServeBench.class.getResourceAsStream("serve-bench.lua")) {
            Files.write(lua, in.readAllBytes());
        }
        ProcessBuilder pb = new ProcessBuilder(wrk.toString(), "-t", "2", "-c", String.valueOf(CONNECTIONS), "-d", duration + "s",
                "--timeout", "10s", "-s", lua.toString(), base + paths.get(0)).redirectErrorStream(true);
        pb.environment().put("ET_PATHS", list.toString());
        // Requests slower than the timeout would be dropped from the percentiles: none may be.
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(duration + 30L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("wrk failed on " + paths.get(0) + ": " + out);
        }
        String last = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new IOException("wrk printed no result: " + out));
        JsonNode r = JSON.readTree(last);
        if (r.get("errors_status").asLong() > 0 || r.get("errors_socket").asLong() > 0) {
            throw new IOException("requests failed under load on " + paths + ": " + last);
        }
        return r;
    }

    private static Map<String, Object> summary(JsonNode r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("p50_ms", round(r.get("p50_us").asDouble() / 1000));
        s.put("p95_ms", round(r.get("p95_us").asDouble() / 1000));
        s.put("p99_ms", round(r.get("p99_us").asDouble() / 1000));
        s.put("requests_per_s", round(r.get("requests").asDouble() / (r.get("duration_us").asDouble() / 1e6)));
        return s;
    }

    private static Path expectWrk() throws IOException, InterruptedException {
        Optional<Path> found = which("wrk");
        if (found.isEmpty()) {
            Path deps = Path.of(System.getProperty("echotrace.home", ".")).resolve("scripts/browser-deps.sh");
            System.err.println("bench serve: wrk is missing; running " + deps + " wrk");
            new ProcessBuilder("bash", deps.toString(), "wrk").inheritIO().start().waitFor();
            found = which("wrk");
        }
        return found.orElseThrow(() -> new IOException("bench serve needs wrk (Debian: apt-get install wrk)"));
    }

    private static Optional<Path> which(String tool) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.waitFor() == 0 && !out.isEmpty() ? Optional.of(Path.of(out)) : Optional.empty();
    }

    static String fetch(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
