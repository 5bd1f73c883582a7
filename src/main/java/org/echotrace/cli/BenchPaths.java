package org.echotrace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The request addresses {@code bench serve} loads, per endpoint: many distinct ones (ids, pages,
 * filters and queries spread over the whole store), taken from the running API, so that an answer
 * computed once helps no later request and the latency measured is that of pages never seen.
 * Deterministic: everything is sorted and picked at even steps.
 */
final class BenchPaths {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** At most this many addresses per endpoint. */
    private static final int PER_ENDPOINT = 200;

    private BenchPaths() {
    }

    static Map<String, List<String>> of(String base) throws IOException, InterruptedException {
        List<String> articleIds = new ArrayList<>();
        TreeSet<String> years = new TreeSet<>();
        TreeSet<String> months = new TreeSet<>();
        long articles = get(base, "/api/articles?limit=1").get("total").asLong();
        for (long offset = 0; offset < articles; offset += 500) {
            for (JsonNode a : get(base, "/api/articles?limit=500&offset=" + offset).get("items")) {
                articleIds.add(a.get("id").asText());
                String p = a.path("published").asText("");
                if (p.length() >= 7) {
                    years.add(p.substring(0, 4));
                    months.add(p.substring(0, 7));
                }
            }
        }
        List<String> narratives = new ArrayList<>();
        get(base, "/api/narratives?limit=500").get("items").forEach(n -> narratives.add(n.get("id").asText()));
        List<String> outlets = new ArrayList<>();
        get(base, "/api/outlets?limit=500").get("items").forEach(o -> outlets.add(o.get("outlet").asText()));
        long claims = get(base, "/api/claims?limit=1").get("total").asLong();
        TreeSet<String> vocabulary = new TreeSet<>();
        for (int i = 0; i < 4 && claims > 0; i++) {
            for (JsonNode c : get(base, "/api/claims?limit=500&offset=" + claims * i / 4).get("items")) {
                for (String w : c.get("text").asText().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (w.length() >= 5) {
                        vocabulary.add(w);
                    }
                }
            }
        }
        List<String> words = spread(new ArrayList<>(vocabulary), 100);
        List<String> y = new ArrayList<>(years);
        List<String> mo = new ArrayList<>(months);
        Map<String, List<String>> e = new LinkedHashMap<>();
        e.put("narratives", paths(i -> switch (i % 5) {
            case 0 -> "/api/narratives?limit=50&offset=" + (i / 5 % Math.max(1, narratives.size() / 10 + 1)) * 10;
            case 1 -> "/api/narratives?from=" + pick(y, i);
            case 2 -> "/api/narratives?outlet=" + ServeBench.enc(pick(outlets, i)) + "&to=" + pick(mo, i * 7);
            case 3 -> "/api/narratives?q=" + ServeBench.enc(pick(List.of("border", "ministry", "camp", "convoy", "1", "2"), i))
                    + "&from=" + pick(mo, i * 3);
            default -> "/api/narratives?from=" + pick(mo, i * 5) + "&to=" + pick(mo, i * 5 + mo.size() / 3);
        }));
        e.put("narrative", spread(narratives, PER_ENDPOINT).stream().map(id -> "/api/narratives/" + ServeBench.enc(id)).toList());
        if (!narratives.isEmpty()) {
            // The next pages of a narrative's members, as its page's "more" buttons ask them.
            e.put("narrative_more", paths(i -> "/api/narratives/" + ServeBench.enc(pick(narratives, i * 7L)) + "/"
                    + List.of("claims", "articles", "events").get(i % 3) + "?offset=" + (1 + i % 4) * 50));
        }
        e.put("articles", paths(i -> switch (i % 4) {
            case 0 -> "/api/articles?offset=" + (i * 50L % Math.max(1, articles));
            case 1 -> "/api/articles?from=" + pick(mo, i) + "&to=" + pick(mo, i + 12) + "&offset=" + (i % 7) * 50;
            case 2 -> "/api/articles?outlet=" + ServeBench.enc(pick(outlets, i)) + "&offset=" + (i % 5) * 50;
            default -> narratives.isEmpty() ? "/api/articles?from=" + pick(y, i)
                    : "/api/articles?narrative=" + ServeBench.enc(pick(narratives, i)) + "&from=" + pick(y, i);
        }));
        e.put("article", spread(articleIds, PER_ENDPOINT).stream().map(id -> "/api/articles/" + ServeBench.enc(id)).toList());
        e.put("articles_full_text", paths(i -> "/api/articles?q=" + ServeBench.enc(i % 2 == 0 ? pick(words, i)
                : pick(words, i) + " AND " + pick(words, i * 7 + 3))));
        e.put("claims", paths(i -> switch (i % 4) {
            case 0 -> "/api/claims?offset=" + (i * 997L % Math.max(1, claims));
            case 1 -> "/api/claims?kind=" + (i % 8 == 1 ? "own" : "attributed") + "&offset=" + (i * 499L % Math.max(1, claims / 2));
            case 2 -> "/api/claims?q=" + ServeBench.enc(pick(words, i));
            default -> "/api/claims?outlet=" + ServeBench.enc(pick(outlets, i)) + "&from=" + pick(y, i) + "&offset=" + (i % 9) * 50;
        }));
        e.put("outlets", paths(i -> switch (i % 3) {
            case 0 -> "/api/outlets?from=" + pick(mo, i);
            case 1 -> "/api/outlets?to=" + pick(mo, i);
            default -> narratives.isEmpty() ? "/api/outlets?from=" + pick(y, i)
                    : "/api/outlets?narrative=" + ServeBench.enc(pick(narratives, i));
        }));
        e.put("outlet", outlets.stream().map(o -> "/api/outlets/" + ServeBench.enc(o)).toList());
        e.put("entities_places_events", paths(i -> switch (i % 3) {
            case 0 -> "/api/entities?from=" + pick(mo, i);
            case 1 -> "/api/places?outlet=" + ServeBench.enc(pick(outlets, i));
            default -> "/api/events?offset=" + (i % 10) * 50 + "&to=" + pick(mo, i);
        }));
        e.put("search_text", paths(i -> "/api/search?q=" + ServeBench.enc(pick(words, i + 50))));
        e.put("search_semantic", paths(i -> "/api/search?mode=semantic&q=" + ServeBench.enc(pick(words, i) + " " + pick(words, i * 3 + 1))));
        e.values().removeIf(List::isEmpty);
        return e;
    }

    private static List<String> paths(IntFunction<String> path) {
        TreeSet<String> seen = new TreeSet<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < PER_ENDPOINT * 2 && out.size() < PER_ENDPOINT; i++) {
            String p = path.apply(i);
            if (seen.add(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static String pick(List<String> values, long i) {
        return values.isEmpty() ? "" : values.get((int) (Math.abs(i) % values.size()));
    }

    /** At most {@code n} values at even steps through the list. */
    private static List<String> spread(List<String> values, int n) {
        if (values.size() <= n) {
            return values;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(values.get((int) ((long) i * values.size() / n)));
        }
        return out;
    }

    private static JsonNode get(String base, String path) throws IOException, InterruptedException {
        return JSON.readTree(ServeBench.fetch(base + path));
    }
}
