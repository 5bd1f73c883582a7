package org.echotrace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.eval.PeakHeap;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench serve}: builds a store of generated articles, serves it on a free loopback port and
 * loads the main API endpoints with wrk (Debian's, 16 connections, a few seconds each, loopback
 * only), reporting p50 and p95 latency per endpoint and for a mix of all. Goal: p95 under 100 ms.
 *
 * <p>Design decision: when the store has no narrative tables yet (clustering has not run), the
 * bench adds SYNTHETIC ones, 12 narratives over all articles (by a hash of the id) with up to
 * three member claims each, so the narrative endpoints are loaded at the size they will have,
 * not measured empty. The JSON line says whether it did.
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
        Path demo = Path.of(System.getProperty("echotrace.home", ".")).resolve("examples/demo");
        List<Path> files = new SyntheticCorpus(demo).write(dir.resolve("articles"), articles, seed);
        long t0 = System.nanoTime();
        Path store = dir.resolve("store");
        try (EmbeddedStore st = EmbeddedStore.openOrCreate(store)) {
            new AnalyzeRun(st, FileReader.DEFAULT_MAX_BYTES, AnalyzeRun.DEFAULT_BATCH, Progress.of(Progress.Mode.AUTO, System.err))
                    .run(List.of(dir.resolve("articles")), "bench serve");
        }
        double build = (System.nanoTime() - t0) / 1e9;
        boolean synthetic = addSyntheticNarratives(store);
        System.gc();
        PeakHeap.reset();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bench", "serve");
        m.put("articles", files.size());
        m.put("synthetic_narratives", synthetic);
        m.put("build_store_seconds", round(build));
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
        m.put("peak_heap_mb", round(PeakHeap.bytes() / 1e6));
        System.out.println(JSON.writeValueAsString(m));
        return 0;
    }

    /**
     * One server, warmed by a short mixed run, then each endpoint alone and a mix of all. With the
     * cache on, every path is answered once before the timed runs: that phase measures repeat views.
     */
    private Map<String, Object> phase(Path wrk, Path dir, Path store, int cacheMb, Map<String, Object> m)
            throws IOException, InterruptedException {
        Map<String, Object> out = new LinkedHashMap<>();
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchServer.Options(store, "127.0.0.1", 0, Optional.empty(), false, cacheMb))) {
            String base = "http://127.0.0.1:" + server.port();
            m.putIfAbsent("store_counts", JSON.readTree(fetch(base + "/api/stats")).get("counts"));
            Map<String, List<String>> endpoints = endpoints(base);
            List<String> all = endpoints.values().stream().flatMap(List::stream).toList();
            load(wrk, dir, base, all, Math.max(2, seconds / 2));
            Map<String, Object> per = new LinkedHashMap<>();
            double worst = 0;
            for (Map.Entry<String, List<String>> e : endpoints.entrySet()) {
                JsonNode r = load(wrk, dir, base, e.getValue(), seconds);
                per.put(e.getKey(), summary(r));
                worst = Math.max(worst, r.get("p95_us").asDouble() / 1000);
            }
            JsonNode mixed = load(wrk, dir, base, all, seconds * 2);
            out.put("cache_mb", cacheMb);
            out.put("mixed", summary(mixed));
            out.put("endpoints", per);
            out.put("worst_endpoint_p95_ms", round(worst));
            out.put("all_p95_under_goal", worst < 100 && mixed.get("p95_us").asDouble() / 1000 < 100);
        }
        return out;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Request paths per endpoint, with ids taken from the running API. */
    private static Map<String, List<String>> endpoints(String base) throws IOException, InterruptedException {
        Map<String, List<String>> e = new LinkedHashMap<>();
        JsonNode arts = JSON.readTree(fetch(base + "/api/articles?limit=50")).get("items");
        JsonNode narratives = JSON.readTree(fetch(base + "/api/narratives?limit=20")).get("items");
        JsonNode outlets = JSON.readTree(fetch(base + "/api/outlets?limit=20")).get("items");
        e.put("narratives", List.of("/api/narratives", "/api/narratives?from=2020&limit=20"));
        List<String> oneNarrative = new ArrayList<>();
        narratives.forEach(n -> oneNarrative.add("/api/narratives/" + enc(n.get("id").asText())));
        e.put("narrative", oneNarrative);
        e.put("articles", List.of("/api/articles", "/api/articles?offset=5000", "/api/articles?from=2020-01&to=2023-12"));
        List<String> article = new ArrayList<>();
        arts.forEach(a -> article.add("/api/articles/" + enc(a.get("id").asText())));
        e.put("article", article);
        e.put("articles_full_text", List.of("/api/articles?q=ministry", "/api/articles?q=convoy%20AND%20border"));
        e.put("claims", List.of("/api/claims", "/api/claims?kind=attributed&offset=1000", "/api/claims?q=ministry"));
        e.put("outlets", List.of("/api/outlets"));
        List<String> outlet = new ArrayList<>();
        outlets.forEach(o -> outlet.add("/api/outlets/" + enc(o.get("outlet").asText())));
        e.put("outlet", outlet);
        e.put("entities_places_events", List.of("/api/entities", "/api/places", "/api/events"));
        e.put("search_text", List.of("/api/search?q=ministry", "/api/search?q=convoy"));
        e.values().removeIf(List::isEmpty);
        return e;
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

    private static boolean addSyntheticNarratives(Path store) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.resolve("echotrace.duckdb"));
             Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'narratives'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
            s.execute("CREATE TABLE narratives (id VARCHAR, label VARCHAR, key_terms VARCHAR, parent_id VARCHAR, first_seen VARCHAR, last_seen VARCHAR)");
            s.execute("CREATE TABLE narrative_members (narrative_id VARCHAR, article_id VARCHAR, claim_idx INTEGER, similarity DOUBLE)");
            s.execute("INSERT INTO narratives SELECT 'bench-' || i, 'synthetic narrative ' || i, 'bench', NULL, NULL, NULL FROM range(12) t(i)");
            s.execute("INSERT INTO narrative_members SELECT 'bench-' || (hash(id) % 12), id, NULL, 1.0 FROM articles");
            try (var rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'claims'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    s.execute("INSERT INTO narrative_members SELECT 'bench-' || (hash(article_id) % 12), article_id, idx, 1.0"
                            + " FROM claims WHERE idx < 3");
                }
            }
            s.execute("CHECKPOINT");
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add the synthetic narratives to " + store + ": " + e.getMessage(), e);
        }
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

    private static String fetch(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
