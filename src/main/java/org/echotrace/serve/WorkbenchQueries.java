package org.echotrace.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows the pages show: one article (its text from the store's file, its findings from
 * {@link ArticleFindings}), claims by rank ({@link ClaimRows}), events, a narrative's places,
 * events, family, lineage and cases, the case list and the row counts. A table that is not in the
 * store (narratives before clustering ran, cases before any case base was loaded) gives empty
 * lists, never an error.
 *
 * <p>Design decision: rows come back as ordered maps keyed by column label and go to JSON as they
 * are. What remains SQL is what is small (cases, lineage, counts) or read once (the article text
 * by primary key); lists are counted in {@link IndexedQueries}.
 */
final class WorkbenchQueries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OUTLET = "coalesce(a.outlet, '(unknown)')";
    private static final String ARTICLE_COLUMNS = "a.id, a.title, a.published, " + OUTLET + " AS outlet, a.author, a.language";
    private final StoreConnection db;
    private final ServedIndex idx;
    private final ClaimRows claims;
    private final ArticleFindings findings;
    private final NearDuplicates duplicates;
    private final CaseRows cases;

    WorkbenchQueries(StoreConnection db, ServedIndex idx, ClaimRows claims, ArticleFindings findings, NearDuplicates duplicates) {
        this.db = db;
        this.idx = idx;
        this.claims = claims;
        this.findings = findings;
        this.duplicates = duplicates;
        this.cases = new CaseRows(db);
    }

    /** A list page and the number of rows all pages hold. */
    record Page(long total, int limit, int offset, List<Map<String, Object>> items) {
    }

    /**
     * Row counts of every table the workbench reads; absent tables count 0. Counted once: a served
     * store does not change.
     */
    Map<String, Long> counts() {
        Map<String, Long> c = counts;
        if (c == null) {
            c = count();
            counts = c;
        }
        return c;
    }

    private volatile Map<String, Long> counts;

    private Map<String, Long> count() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : List.of("articles", "claims", "entities", "places", "events", "techniques", "narratives", "cases")) {
            out.put(t, db.hasTable(t) ? db.count("SELECT count(*) FROM " + t) : 0L);
        }
        out.put("outlets", db.count("SELECT count(DISTINCT " + OUTLET + ") FROM articles a"));
        return out;
    }

    // ---- articles -------------------------------------------------------------------------------

    /**
     * One article with its text, every segment and every finding that points into it. The text
     * comes from the store's file (by its primary key); the rest from the in-memory tables by the
     * article's ordinal.
     */
    Optional<Map<String, Object>> article(String id) {
        Optional<Integer> art = idx.article(id);
        if (art.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> found = db.rows("SELECT " + ARTICLE_COLUMNS + ", a.source, a.charset, a.text,"
                + " a.published_detail, a.cited_sources, a.resolved_dates, a.origin, a.notices FROM store.articles a WHERE a.id = ?", id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int n = art.get();
        Map<String, Object> a = found.get(0);
        for (String col : List.of("published_detail", "cited_sources", "resolved_dates", "origin", "notices")) {
            a.put(col, parse(a.get(col)));
        }
        a.put("segments", findings.segments.of(n));
        a.put("sources", findings.sources.of(n).stream().map(r -> r.get("source")).toList());
        List<Integer> ranks = new ArrayList<>();
        for (int r = idx.claimStart[n]; r >= 0 && r < idx.claimStart[n] + idx.claimCount[n]; r++) {
            ranks.add(r);
        }
        List<Map<String, Object>> claimRows = claimRows(ranks);
        for (int i = 0; i < ranks.size(); i++) {
            claimRows.get(i).put("near_duplicates", duplicates.of(ranks.get(i), idx));
        }
        a.put("claims", claimRows);
        a.put("entities", findings.entities.of(n));
        a.put("places", findings.places.of(n));
        a.put("focus_place", FocusRows.of((String) a.get("text"), findings.segments.of(n), findings.places.of(n)));
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < findings.events.size(); i++) {
            if (findings.events.art(i) == n) {
                events.add(findings.event(i, idx));
            }
        }
        a.put("events", events);
        a.put("techniques", findings.techniques.of(n));
        List<Map<String, Object>> narratives = new ArrayList<>();
        for (int k : idx.narrativesOf(n)) {
            ServedNarrative s = idx.narratives.get(k);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", s.id());
            r.put("label", s.label());
            narratives.add(r);
        }
        a.put("narratives", narratives);
        return Optional.of(a);
    }

    /** Full rows of claims by list rank, with their article's title, date and outlet, in the order given. */
    List<Map<String, Object>> claimRows(List<Integer> ranks) {
        return claims.rows(ranks, idx);
    }

    /** Claims by list rank, each written straight to JSON when the answer is ({@link ClaimRows#json}). */
    List<JsonRow> claimJson(int[] ranks, int offset, int limit) {
        List<JsonRow> out = new ArrayList<>();
        for (int i = offset; i < ranks.length && out.size() < limit; i++) {
            out.add(claims.json(ranks[i], idx));
        }
        return out;
    }

    /** The technique profile of these claims (list ranks): the spans overlapping them, by technique. */
    List<Map<String, Object>> techniquesOfClaims(int[] ranks) {
        return TechniqueProfiles.ofClaims(findings, claims, idx, ranks);
    }

    /** The near-duplicate pairs touching these claims from the {@code offset}-th, at most {@code limit}; {@code total[0]} receives their number. */
    List<Map<String, Object>> nearDuplicatesAmong(int[] ranks, int offset, int limit, long[] total) {
        return duplicates.among(ranks, offset, limit, total, idx);
    }



    // ---- claims ---------------------------------------------------------------------------------

    /** Every claim's identity and text, for the semantic index. */
    List<Map<String, Object>> claimTexts() {
        return optional("claims", "SELECT article_id, idx, text FROM claims ORDER BY article_id, idx");
    }

    /** Titles of articles, the semantic index's texts when a store holds no claims yet. */
    List<Map<String, Object>> titleTexts() {
        return db.rows("SELECT id AS article_id, -1 AS idx, title AS text FROM articles WHERE title IS NOT NULL ORDER BY id");
    }

    // ---- entities, places, events ---------------------------------------------------------------

    /** Claimed events by date (no date last); {@code kind} is the event type. */
    Page events(Filter f) {
        java.util.BitSet keep = idx.filter(f);
        String kind = f.kind().orElse(null);
        int type = findings.events.size() == 0 ? 0 : findings.events.column("event_type");
        long total = 0;
        List<Map<String, Object>> items = new ArrayList<>();
        for (int row : findings.eventOrder) {
            if (ServedIndex.kept(keep, findings.events.art(row)) && (kind == null || kind.equals(findings.events.value(type, row)))) {
                if (total >= f.offset() && items.size() < f.limit()) {
                    items.add(findings.event(row, idx));
                }
                total++;
            }
        }
        return new Page(total, f.limit(), f.offset(), items);
    }

    /** Places grouped by gazetteer id (else name or text) over these articles, most mentioned first. */
    List<Map<String, Object>> placesOf(int[] members) {
        ArticleRows p = findings.places;
        if (p.size() == 0) {
            return List.of();
        }
        int id = p.column("place_id");
        int name = p.column("name");
        int text = p.column("text");
        int lat = p.column("latitude");
        int lon = p.column("longitude");
        int country = p.column("country");
        Map<Object, Map<String, Object>> groups = new HashMap<>();
        for (int a : members) {
            for (int row : p.rowsOf(a)) {
                Object key = p.value(id, row) != null ? p.value(id, row) : p.value(name, row) != null ? p.value(name, row) : p.value(text, row);
                Map<String, Object> g = groups.get(key);
                if (g == null) {
                    g = new LinkedHashMap<>();
                    g.put("place_id", key);
                    g.put("name", p.value(name, row) != null ? p.value(name, row) : p.value(text, row));
                    g.put("latitude", p.value(lat, row));
                    g.put("longitude", p.value(lon, row));
                    g.put("country", p.value(country, row));
                    g.put("mentions", 0L);
                    groups.put(key, g);
                }
                g.put("mentions", (Long) g.get("mentions") + 1);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>(groups.values());
        java.util.Comparator<String> names = java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder());
        out.sort(java.util.Comparator.comparingLong((Map<String, Object> m) -> -(Long) m.get("mentions"))
                .thenComparing(m -> (String) m.get("name"), names).thenComparing(m -> String.valueOf(m.get("place_id"))));
        return out;
    }

    // ---- narratives and cases -------------------------------------------------------------------

    /** Every narrative's matched cases, best score first ({@link CaseRows#byNarrative}). */
    Map<String, List<Map<String, Object>>> casesByNarrative() {
        return cases.byNarrative();
    }

    /** Every lineage event with the other narrative's label ({@link CaseRows#lineage}). */
    List<Map<String, Object>> lineage() {
        return cases.lineage();
    }

    /** Known cases; {@code narrative} keeps those matched to it ({@link CaseRows#page}). */
    Page cases(Filter f) {
        return cases.page(f);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private List<Map<String, Object>> optional(String table, String sql, Object... params) {
        return db.hasTable(table) ? db.rows(sql, params) : List.of();
    }

    private static Object parse(Object json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(json.toString());
            return JSON.convertValue(n, Object.class);
        } catch (java.io.IOException e) {
            return json.toString();
        }
    }
}
