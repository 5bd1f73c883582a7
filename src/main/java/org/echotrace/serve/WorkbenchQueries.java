package org.echotrace.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.model.SegmentKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every SQL query of the workbench, and nothing else: the one place to adapt when a table's
 * columns change. A table that is not in the store (narratives before clustering ran, cases
 * before any case base was loaded) gives empty lists, never an error.
 *
 * <p>Design decision: rows come back as ordered maps keyed by column label and go to JSON as they
 * are, so a column the lead adds shows up in the API without a record to widen. The file is over
 * 300 lines on purpose: splitting it would scatter the SQL this class exists to keep together.
 */
final class WorkbenchQueries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OUTLET = "coalesce(a.outlet, '(unknown)')";
    private static final String ARTICLE_COLUMNS = "a.id, a.title, a.published, " + OUTLET + " AS outlet, a.author, a.language";
    /** At most this many articles and claims in one narrative's answer (the totals say how many there are). */
    static final int DETAIL_LIMIT = 500;
    private final StoreConnection db;
    private final ServedIndex idx;

    WorkbenchQueries(StoreConnection db, ServedIndex idx) {
        this.db = db;
        this.idx = idx;
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
        List<Map<String, Object>> segments = optional("segments", "SELECT kind, start_offset AS start, end_offset AS \"end\" FROM segments"
                + " WHERE art = ? ORDER BY ord", n);
        segments.forEach(seg -> seg.put("group", group((String) seg.get("kind"))));
        a.put("segments", segments);
        a.put("sources", optional("article_sources", "SELECT source FROM article_sources WHERE art = ? ORDER BY source", n)
                .stream().map(r -> r.get("source")).toList());
        List<Integer> ranks = new ArrayList<>();
        for (int r = idx.claimStart[n]; r >= 0 && r < idx.claimStart[n] + idx.claimCount[n]; r++) {
            ranks.add(r);
        }
        a.put("claims", claimRows(ranks));
        a.put("entities", optional("entities", "SELECT start_offset AS start, end_offset AS \"end\", text, type, canonical, score"
                + " FROM entities WHERE art = ? ORDER BY start_offset", n));
        a.put("places", optional("places", "SELECT start_offset AS start, end_offset AS \"end\", text, place_id, name, latitude,"
                + " longitude, geo_precision, country, admin1, confidence FROM places WHERE art = ? ORDER BY start_offset", n));
        a.put("events", events("e.art = ?", n));
        a.put("techniques", optional("techniques", "SELECT start_offset AS start, end_offset AS \"end\", technique, score"
                + " FROM techniques WHERE art = ? ORDER BY start_offset", n));
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

    /**
     * Full rows of claims by list rank (ascending), with their article's title, date and outlet:
     * a range when the ranks are consecutive (an article's claims), else a list.
     */
    List<Map<String, Object>> claimRows(List<Integer> ranks) {
        if (ranks.isEmpty() || !db.hasTable("claims")) {
            return new ArrayList<>();
        }
        List<Map<String, Object>> out;
        if (ranks.get(ranks.size() - 1) - ranks.get(0) == ranks.size() - 1) {
            out = db.rows(claimSelect() + " WHERE c.list_rank BETWEEN ? AND ? ORDER BY c.list_rank", ranks.get(0), ranks.get(ranks.size() - 1));
        } else {
            // Integers from the index, never from a request: written into the query as they are.
            out = db.rows(claimSelect() + " WHERE c.list_rank IN (" + ranks.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + ") ORDER BY c.list_rank");
        }
        for (Map<String, Object> r : out) {
            int a = ((Number) r.remove("art")).intValue();
            r.put("title", idx.title[a]);
            r.put("published", idx.published[a]);
            r.put("outlet", idx.outlet(a));
        }
        return withChains(out);
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

    private static String claimSelect() {
        return "SELECT c.article_id, c.idx, c.kind, c.start_offset AS start, c.end_offset AS \"end\", c.text, c.cue_type,"
                + " c.cue_start, c.cue_end, c.source_start, c.source_end, c.speaker, c.speaker_kind, c.speaker_role,"
                + " c.speaker_org, c.chain, c.check_worthiness, c.marks, c.art FROM claims c";
    }

    private static List<Map<String, Object>> withChains(List<Map<String, Object>> rows) {
        for (Map<String, Object> r : rows) {
            Object chain = parse(r.get("chain"));
            r.put("chain", chain == null ? List.of() : chain);
            Object marks = r.get("marks");
            r.put("marks", marks == null || marks.toString().isBlank() ? List.of() : List.of(marks.toString().split("\\s*,\\s*")));
        }
        return rows;
    }

    // ---- entities, places, events ---------------------------------------------------------------

    /** Claimed events by date; {@code kind} is the event type. */
    Page events(Filter f) {
        if (!db.hasTable("events")) {
            return new Page(0, f.limit(), f.offset(), List.of());
        }
        Where w = articleWhere(f);
        f.kind().ifPresent(k -> w.add("e.event_type = ?", k));
        String from = " FROM events e JOIN articles a ON a.art = e.art";
        long total = db.count("SELECT count(*)" + from + w.sql(), w.params());
        return new Page(total, f.limit(), f.offset(), relayed(db.rows(eventSelect() + from + w.sql()
                + " ORDER BY e.event_date NULLS LAST, e.article_id, e.idx LIMIT ? OFFSET ?", w.paging(f))));
    }

    private List<Map<String, Object>> events(String condition, Object... params) {
        if (!db.hasTable("events")) {
            return List.of();
        }
        return relayed(db.rows(eventSelect() + " FROM events e JOIN articles a ON a.art = e.art WHERE " + condition
                + " ORDER BY e.event_date NULLS LAST, e.article_id, e.idx", params));
    }

    private static String eventSelect() {
        return "SELECT e.article_id, e.idx, e.event_date, e.date_precision, e.event_type, e.sub_event_type, e.actor1,"
                + " e.actor2, e.location, e.latitude, e.longitude, e.geo_precision, e.fatalities, e.fatalities_qualifier,"
                + " e.claimed_by, e.relayed_via, e.evidence_start, e.evidence_end, a.title, " + OUTLET + " AS outlet";
    }

    private static List<Map<String, Object>> relayed(List<Map<String, Object>> rows) {
        rows.forEach(r -> r.put("relayed_via", Optional.ofNullable(parse(r.get("relayed_via"))).orElse(List.of())));
        return rows;
    }

    // ---- narratives and cases -------------------------------------------------------------------

    /**
     * The parts of a narrative's page read from the tables: its places and claimed events (of its
     * member articles, by ordinal), sub-narratives, parent, lineage and matched cases.
     */
    void narrativeDetail(String id, String parentId, Map<String, Object> n) {
        String members = "IN (SELECT art FROM " + StoreConnection.NARRATIVE_ARTICLES + " WHERE narrative_id = ?)";
        boolean indexed = db.hasTable(StoreConnection.NARRATIVE_ARTICLES);
        n.put("places", indexed ? optional("places", "SELECT coalesce(p.place_id, p.name, p.text) AS place_id,"
                + " any_value(coalesce(p.name, p.text)) AS name, any_value(p.latitude) AS latitude, any_value(p.longitude) AS longitude,"
                + " any_value(p.country) AS country, count(*) AS mentions FROM places p WHERE p.art " + members
                + " GROUP BY 1 ORDER BY mentions DESC, name", id) : List.of());
        n.put("events", indexed ? events("e.art " + members, id) : List.of());
        n.put("children", db.rows("SELECT id, label, first_seen, last_seen FROM narratives WHERE parent_id = ? ORDER BY id", id));
        n.put("parent", parentId == null ? null
                : db.rows("SELECT id, label FROM narratives WHERE id = ?", parentId).stream().findFirst().orElse(null));
        n.put("lineage", optional("narrative_lineage", "SELECT l.narrative_id, l.event, l.other_id, o.label AS other_label, l.\"at\" AS \"at\""
                + " FROM narrative_lineage l LEFT JOIN narratives o ON o.id = l.other_id"
                + " WHERE l.narrative_id = ? OR l.other_id = ? ORDER BY l.\"at\" NULLS LAST, l.event", id, id));
        n.put("cases", db.has("cases", "case_matches") ? db.rows("SELECT k.id, k.title, k.summary, k.disproof, k.url, k.source,"
                + " max(cm.score) AS score, count(*) AS matched_claims FROM case_matches cm JOIN cases k ON k.id = cm.case_id"
                + " WHERE cm.narrative_id = ? GROUP BY k.id, k.title, k.summary, k.disproof, k.url, k.source"
                + " ORDER BY score DESC, k.id", id) : List.of());
    }

    /** Known cases (fact-checks, case-base entries); {@code narrative} keeps those matched to it. */
    Page cases(Filter f) {
        if (!db.hasTable("cases")) {
            return new Page(0, f.limit(), f.offset(), List.of());
        }
        Where w = new Where();
        f.q().ifPresent(q -> w.add("(" + contains("k.title") + " OR " + contains("coalesce(k.summary, '')") + ")", q, q));
        if (f.narrative().isPresent()) {
            if (!db.hasTable("case_matches")) {
                return new Page(0, f.limit(), f.offset(), List.of());
            }
            w.add("k.id IN (SELECT case_id FROM case_matches WHERE narrative_id = ?)", f.narrative().get());
        }
        String matches = db.hasTable("case_matches")
                ? ", (SELECT count(DISTINCT narrative_id) FROM case_matches cm WHERE cm.case_id = k.id) AS narratives" : ", 0 AS narratives";
        long total = db.count("SELECT count(*) FROM cases k" + w.sql(), w.params());
        return new Page(total, f.limit(), f.offset(), db.rows("SELECT k.id, k.title, k.summary, k.disproof, k.url, k.source"
                + matches + " FROM cases k" + w.sql() + " ORDER BY k.id LIMIT ? OFFSET ?", w.paging(f)));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The conditions on articles ({@code a}) that every list shares. */
    private Where articleWhere(Filter f) {
        Where w = new Where();
        f.from().ifPresent(d -> w.add("a.published >= ?", d));
        f.to().ifPresent(d -> w.add("left(a.published, " + d.length() + ") <= ?", d));
        f.outlet().ifPresent(o -> w.add(OUTLET + " = ?", o));
        f.narrative().ifPresent(n -> {
            if (db.hasTable(StoreConnection.NARRATIVE_ARTICLES)) {
                w.add("a.art IN (SELECT art FROM " + StoreConnection.NARRATIVE_ARTICLES + " WHERE narrative_id = ?)", n);
            } else {
                w.add("FALSE");
            }
        });
        f.entity().ifPresent(e -> {
            if (db.hasTable("entities")) {
                w.add("a.art IN (SELECT art FROM entities WHERE coalesce(canonical, text) = ?)", e);
            } else {
                w.add("FALSE");
            }
        });
        return w;
    }

    /** Body, metadata, furniture or comments: the page greys all but the first two. */
    private static String group(String kind) {
        try {
            SegmentKind k = SegmentKind.expectLabel(kind);
            return k.inBody() ? "body" : k.isArticle() ? "metadata" : k.isComments() ? "comments" : "furniture";
        } catch (IllegalArgumentException e) {
            return "furniture";
        }
    }

    /** A case-insensitive substring test with no wildcard characters of its own (a user's % matches %). */
    private static String contains(String expression) {
        return "contains(lower(" + expression + "), lower(?))";
    }

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

    /** A WHERE clause and its parameters, built up condition by condition. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(List.of(values));
        }

        void in(String expression, Collection<String> values) {
            if (values.isEmpty()) {
                conditions.add("FALSE");
                return;
            }
            conditions.add(expression + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")");
            params.addAll(values);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        Object[] params() {
            return params.toArray();
        }

        Object[] paging(Filter f) {
            List<Object> all = new ArrayList<>(params);
            all.add(f.limit());
            all.add(f.offset());
            return all.toArray();
        }
    }
}
