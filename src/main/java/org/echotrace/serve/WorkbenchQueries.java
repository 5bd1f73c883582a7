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

    WorkbenchQueries(StoreConnection db) {
        this.db = db;
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

    /** Articles, newest first; {@code ids} (from full-text search) narrows them when present. */
    Page articles(Filter f, Optional<List<String>> ids) {
        Where w = articleWhere(f);
        ids.ifPresent(list -> w.in("a.id", list));
        long total = db.count("SELECT count(*) FROM articles a" + w.sql(), w.params());
        List<Map<String, Object>> items = db.rows("SELECT " + ARTICLE_COLUMNS + " FROM articles a"
                + w.sql() + " ORDER BY a.list_rank LIMIT ? OFFSET ?", w.paging(f));
        return new Page(total, f.limit(), f.offset(), items);
    }

    /** Short rows of these articles, in the order given (search ranking). */
    List<Map<String, Object>> articlesByIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Where w = new Where();
        w.in("a.id", ids);
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> r : db.rows("SELECT " + ARTICLE_COLUMNS + " FROM articles a" + w.sql(), w.params())) {
            byId.put((String) r.get("id"), r);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) {
            Optional.ofNullable(byId.get(id)).ifPresent(out::add);
        }
        return out;
    }

    /** One article with its text, every segment and every finding that points into it. */
    Optional<Map<String, Object>> article(String id) {
        List<Map<String, Object>> found = db.rows("SELECT " + ARTICLE_COLUMNS + ", a.source, a.charset, a.text,"
                + " a.published_detail, a.cited_sources, a.resolved_dates, a.origin, a.notices FROM store.articles a WHERE a.id = ?", id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> a = found.get(0);
        for (String col : List.of("published_detail", "cited_sources", "resolved_dates", "origin", "notices")) {
            a.put(col, parse(a.get(col)));
        }
        List<Map<String, Object>> segments = db.rows("SELECT kind, start_offset AS start, end_offset AS \"end\" FROM segments"
                + " WHERE article_id = ? ORDER BY ord", id);
        segments.forEach(seg -> seg.put("group", group((String) seg.get("kind"))));
        a.put("segments", segments);
        a.put("sources", db.rows("SELECT source FROM article_sources WHERE article_id = ? ORDER BY source", id)
                .stream().map(r -> r.get("source")).toList());
        a.put("claims", claimsOf("c.article_id = ?", id));
        a.put("entities", optional("entities", "SELECT start_offset AS start, end_offset AS \"end\", text, type, canonical, score"
                + " FROM entities WHERE article_id = ? ORDER BY start_offset", id));
        a.put("places", optional("places", "SELECT start_offset AS start, end_offset AS \"end\", text, place_id, name, latitude,"
                + " longitude, geo_precision, country, admin1, confidence FROM places WHERE article_id = ? ORDER BY start_offset", id));
        a.put("events", events("e.article_id = ?", id));
        a.put("techniques", optional("techniques", "SELECT start_offset AS start, end_offset AS \"end\", technique, score"
                + " FROM techniques WHERE article_id = ? ORDER BY start_offset", id));
        a.put("narratives", optional("narratives", "SELECT DISTINCT n.id, n.label FROM narrative_members m"
                + " JOIN narratives n ON n.id = m.narrative_id WHERE m.article_id = ? ORDER BY n.id", id));
        return Optional.of(a);
    }

    // ---- claims ---------------------------------------------------------------------------------

    /** Claims joined to their article; {@code kind} is own or attributed; {@code q} a substring. */
    Page claims(Filter f) {
        if (!db.hasTable("claims")) {
            return new Page(0, f.limit(), f.offset(), List.of());
        }
        Where w = articleWhere(f);
        f.kind().ifPresent(k -> w.add("c.kind = ?", k));
        f.q().ifPresent(q -> w.add("contains(c.text_lower, lower(?))", q));
        String from = " FROM claims c JOIN articles a ON a.id = c.article_id";
        long total = db.count("SELECT count(*)" + from + w.sql(), w.params());
        return new Page(total, f.limit(), f.offset(), withChains(db.rows(claimSelect() + from + w.sql()
                + " ORDER BY c.list_rank LIMIT ? OFFSET ?", w.paging(f))));
    }

    /** Every claim's identity and text, for the semantic index. */
    List<Map<String, Object>> claimTexts() {
        return optional("claims", "SELECT article_id, idx, text FROM claims ORDER BY article_id, idx");
    }

    /** Titles of articles, the semantic index's texts when a store holds no claims yet. */
    List<Map<String, Object>> titleTexts() {
        return db.rows("SELECT id AS article_id, -1 AS idx, title AS text FROM articles WHERE title IS NOT NULL ORDER BY id");
    }

    /** Full rows of these claims, keys as "articleId#idx", in the order given. */
    List<Map<String, Object>> claimsByKeys(List<String> keys) {
        if (keys.isEmpty() || !db.hasTable("claims")) {
            return List.of();
        }
        Where w = new Where();
        w.in("c.article_id || '#' || c.idx", keys);
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (Map<String, Object> r : withChains(db.rows(claimSelect()
                + " FROM claims c JOIN articles a ON a.id = c.article_id" + w.sql(), w.params()))) {
            byKey.put(r.get("article_id") + "#" + r.get("idx"), r);
        }
        return keys.stream().filter(byKey::containsKey).map(byKey::get).toList();
    }

    private List<Map<String, Object>> claimsOf(String condition, Object... params) {
        return claimsOf(Integer.MAX_VALUE, condition, params);
    }

    private List<Map<String, Object>> claimsOf(int limit, String condition, Object... params) {
        if (!db.hasTable("claims")) {
            return List.of();
        }
        return withChains(db.rows(claimSelect() + " FROM claims c JOIN articles a ON a.id = c.article_id WHERE "
                + condition + " ORDER BY c.list_rank LIMIT " + limit, params));
    }

    private static String claimSelect() {
        return "SELECT c.article_id, c.idx, c.kind, c.start_offset AS start, c.end_offset AS \"end\", c.text, c.cue_type,"
                + " c.cue_start, c.cue_end, c.source_start, c.source_end, c.speaker, c.speaker_kind, c.speaker_role,"
                + " c.speaker_org, c.chain, c.check_worthiness, c.marks, a.title, a.published, " + OUTLET + " AS outlet";
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

    /** Entities grouped by canonical name and type, most mentioned first; {@code kind} is the type. */
    Page entities(Filter f) {
        if (!db.hasTable("entities")) {
            return new Page(0, f.limit(), f.offset(), List.of());
        }
        Where w = articleWhere(f);
        f.kind().ifPresent(k -> w.add("e.type = ?", k));
        f.q().ifPresent(q -> w.add(contains("coalesce(e.canonical, e.text)"), q));
        String grouped = "SELECT coalesce(e.canonical, e.text) AS name, e.type, count(*) AS mentions,"
                + " count(DISTINCT e.article_id) AS articles FROM entities e JOIN articles a ON a.id = e.article_id"
                + w.sql() + " GROUP BY 1, 2";
        long total = db.count("SELECT count(*) FROM (" + grouped + ")", w.params());
        return new Page(total, f.limit(), f.offset(),
                db.rows(grouped + " ORDER BY mentions DESC, name LIMIT ? OFFSET ?", w.paging(f)));
    }

    /** Places grouped by gazetteer id, with coordinates and how often they are named. */
    Page places(Filter f) {
        if (!db.hasTable("places")) {
            return new Page(0, f.limit(), f.offset(), List.of());
        }
        Where w = articleWhere(f);
        f.q().ifPresent(q -> w.add(contains("coalesce(p.name, p.text)"), q));
        String grouped = "SELECT coalesce(p.place_id, p.name, p.text) AS place_id, any_value(coalesce(p.name, p.text)) AS name,"
                + " any_value(p.latitude) AS latitude, any_value(p.longitude) AS longitude, any_value(p.country) AS country,"
                + " any_value(p.geo_precision) AS geo_precision, count(*) AS mentions, count(DISTINCT p.article_id) AS articles"
                + " FROM places p JOIN articles a ON a.id = p.article_id" + w.sql() + " GROUP BY 1";
        long total = db.count("SELECT count(*) FROM (" + grouped + ")", w.params());
        return new Page(total, f.limit(), f.offset(),
                db.rows(grouped + " ORDER BY mentions DESC, name LIMIT ? OFFSET ?", w.paging(f)));
    }

    /** Claimed events by date; {@code kind} is the event type. */
    Page events(Filter f) {
        if (!db.hasTable("events")) {
            return new Page(0, f.limit(), f.offset(), List.of());
        }
        Where w = articleWhere(f);
        f.kind().ifPresent(k -> w.add("e.event_type = ?", k));
        String from = " FROM events e JOIN articles a ON a.id = e.article_id";
        long total = db.count("SELECT count(*)" + from + w.sql(), w.params());
        return new Page(total, f.limit(), f.offset(), relayed(db.rows(eventSelect() + from + w.sql()
                + " ORDER BY e.event_date NULLS LAST, e.article_id, e.idx LIMIT ? OFFSET ?", w.paging(f))));
    }

    private List<Map<String, Object>> events(String condition, Object... params) {
        if (!db.hasTable("events")) {
            return List.of();
        }
        return relayed(db.rows(eventSelect() + " FROM events e JOIN articles a ON a.id = e.article_id WHERE " + condition
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

    /** Narratives with their size, reach and dates; filters apply to their member articles. */
    Page narratives(Filter f) {
        if (!db.has("narratives", "narrative_members")) {
            return new Page(0, f.limit(), f.offset(), List.of());
        }
        Where w = articleWhere(f);
        f.q().ifPresent(q -> w.add("(" + contains("n.label") + " OR " + contains("coalesce(n.key_terms, '')") + ")", q, q));
        String cases = db.hasTable("case_matches")
                ? "(SELECT count(DISTINCT cm.case_id) FROM case_matches cm WHERE cm.narrative_id = n.id)" : "0";
        String grouped = "SELECT n.id, n.label, n.key_terms, n.parent_id, count(DISTINCT m.article_id) AS articles,"
                + " count(DISTINCT " + OUTLET + ") AS outlets, coalesce(any_value(n.first_seen), min(a.published)) AS first_seen,"
                + " coalesce(any_value(n.last_seen), max(a.published)) AS last_seen, any_value(" + cases + ") AS cases"
                + " FROM narratives n JOIN narrative_members m ON m.narrative_id = n.id JOIN articles a ON a.id = m.article_id"
                + w.sql() + " GROUP BY n.id, n.label, n.key_terms, n.parent_id";
        long total = db.count("SELECT count(*) FROM (" + grouped + ")", w.params());
        List<Map<String, Object>> items = db.rows(grouped + " ORDER BY articles DESC, n.id LIMIT ? OFFSET ?", w.paging(f));
        List<String> ids = items.stream().map(r -> (String) r.get("id")).toList();
        Map<String, List<Map<String, Object>>> months = monthlyCounts(ids);
        items.forEach(r -> r.put("months", months.getOrDefault((String) r.get("id"), List.of())));
        return new Page(total, f.limit(), f.offset(), items);
    }

    private Map<String, List<Map<String, Object>>> monthlyCounts(List<String> ids) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Where w = new Where();
        w.in("m.narrative_id", ids);
        w.add("a.published IS NOT NULL");
        for (Map<String, Object> r : db.rows("SELECT m.narrative_id, left(a.published, 7) AS month, count(DISTINCT m.article_id) AS articles"
                + " FROM narrative_members m JOIN articles a ON a.id = m.article_id" + w.sql() + " GROUP BY 1, 2 ORDER BY 1, 2", w.params())) {
            out.computeIfAbsent((String) r.remove("narrative_id"), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** One narrative: its row, timeline by month and outlet, member claims and articles, places, events, family, cases. */
    Optional<Map<String, Object>> narrative(String id) {
        if (!db.has("narratives", "narrative_members")) {
            return Optional.empty();
        }
        List<Map<String, Object>> found = db.rows("SELECT id, label, key_terms, parent_id, first_seen, last_seen FROM narratives WHERE id = ?", id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> n = found.get(0);
        String members = "a.id IN (SELECT article_id FROM narrative_members WHERE narrative_id = ?)";
        n.put("timeline", db.rows("SELECT left(a.published, 7) AS month, " + OUTLET + " AS outlet, count(*) AS articles"
                + " FROM articles a WHERE a.published IS NOT NULL AND " + members + " GROUP BY 1, 2 ORDER BY 1, 2", id));
        // The page shows the earliest members: where a narrative starts is what an analyst traces.
        n.put("articles_total", db.count("SELECT count(*) FROM articles a WHERE " + members, id));
        n.put("outlets_total", db.count("SELECT count(DISTINCT " + OUTLET + ") FROM articles a WHERE " + members, id));
        n.put("articles", db.rows("SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE " + members
                + " ORDER BY a.published NULLS LAST, a.id LIMIT " + DETAIL_LIMIT, id));
        String memberClaims = "(c.article_id, c.idx) IN (SELECT article_id, claim_idx FROM narrative_members"
                + " WHERE narrative_id = ? AND claim_idx IS NOT NULL)";
        n.put("claims_total", db.hasTable("claims")
                ? db.count("SELECT count(*) FROM claims c WHERE " + memberClaims, id) : 0L);
        n.put("claims", claimsOf(DETAIL_LIMIT, memberClaims, id));
        n.put("places", optional("places", "SELECT coalesce(p.place_id, p.name, p.text) AS place_id, any_value(coalesce(p.name, p.text)) AS name,"
                + " any_value(p.latitude) AS latitude, any_value(p.longitude) AS longitude, any_value(p.country) AS country,"
                + " count(*) AS mentions FROM places p JOIN articles a ON a.id = p.article_id WHERE " + members
                + " GROUP BY 1 ORDER BY mentions DESC, name", id));
        n.put("events", events("e.article_id IN (SELECT article_id FROM narrative_members WHERE narrative_id = ?)", id));
        n.put("children", db.rows("SELECT id, label, first_seen, last_seen FROM narratives WHERE parent_id = ? ORDER BY id", id));
        n.put("parent", n.get("parent_id") == null ? null
                : db.rows("SELECT id, label FROM narratives WHERE id = ?", n.get("parent_id")).stream().findFirst().orElse(null));
        n.put("lineage", optional("narrative_lineage", "SELECT l.narrative_id, l.event, l.other_id, o.label AS other_label, l.\"at\" AS \"at\""
                + " FROM narrative_lineage l LEFT JOIN narratives o ON o.id = l.other_id"
                + " WHERE l.narrative_id = ? OR l.other_id = ? ORDER BY l.\"at\" NULLS LAST, l.event", id, id));
        n.put("cases", db.has("cases", "case_matches") ? db.rows("SELECT k.id, k.title, k.summary, k.disproof, k.url, k.source,"
                + " max(cm.score) AS score, count(*) AS matched_claims FROM case_matches cm JOIN cases k ON k.id = cm.case_id"
                + " WHERE cm.narrative_id = ? GROUP BY k.id, k.title, k.summary, k.disproof, k.url, k.source"
                + " ORDER BY score DESC, k.id", id) : List.of());
        return Optional.of(n);
    }

    /** Every member claim of a narrative, only what its provenance graph needs. */
    List<Map<String, Object>> provenanceClaims(String narrativeId) {
        if (!db.has("claims", "narrative_members")) {
            return List.of();
        }
        return withChains(db.rows("SELECT c.kind, c.speaker, c.speaker_org, c.chain, NULL AS marks, a.published, " + OUTLET + " AS outlet"
                + " FROM claims c JOIN articles a ON a.id = c.article_id WHERE (c.article_id, c.idx) IN"
                + " (SELECT article_id, claim_idx FROM narrative_members WHERE narrative_id = ? AND claim_idx IS NOT NULL)", narrativeId));
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

    // ---- outlets --------------------------------------------------------------------------------

    /** Every outlet with its articles, dates and relay profile (own assertions vs attributed claims). */
    Page outlets(Filter f) {
        Where w = articleWhere(f);
        String grouped = "SELECT " + OUTLET + " AS outlet, count(*) AS articles, min(a.published) AS first_seen,"
                + " max(a.published) AS last_seen, sum(a.own_claims) AS own_claims, sum(a.attributed_claims) AS attributed_claims"
                + " FROM articles a" + w.sql() + " GROUP BY 1";
        long total = db.count("SELECT count(*) FROM (" + grouped + ")", w.params());
        return new Page(total, f.limit(), f.offset(), db.rows(grouped + " ORDER BY articles DESC, outlet LIMIT ? OFFSET ?", w.paging(f)));
    }

    /** One outlet: its totals, the sources it relays, its narratives by month. Empty when it published nothing. */
    Optional<Map<String, Object>> outlet(String name) {
        List<Map<String, Object>> rows = outlets(new Filter(1, 0, Optional.empty(), Optional.empty(), Optional.of(name),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).items();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> o = rows.get(0);
        String mine = OUTLET + " = ?";
        o.put("sources", optional("claims", "SELECT coalesce(c.speaker_org, c.speaker) AS source, any_value(c.speaker_kind) AS speaker_kind,"
                + " count(*) AS claims, count(DISTINCT c.article_id) AS articles FROM claims c JOIN articles a ON a.id = c.article_id"
                + " WHERE c.kind = 'attributed' AND coalesce(c.speaker_org, c.speaker) IS NOT NULL AND " + mine
                + " GROUP BY 1 ORDER BY claims DESC, source LIMIT 50", name));
        o.put("months", db.rows("SELECT left(a.published, 7) AS month, count(*) AS articles FROM articles a"
                + " WHERE a.published IS NOT NULL AND " + mine + " GROUP BY 1 ORDER BY 1", name));
        o.put("narratives", db.has("narratives", "narrative_members") ? db.rows("SELECT n.id, n.label, left(a.published, 7) AS month,"
                + " count(DISTINCT a.id) AS articles FROM narrative_members m JOIN narratives n ON n.id = m.narrative_id"
                + " JOIN articles a ON a.id = m.article_id WHERE a.published IS NOT NULL AND " + mine
                + " GROUP BY 1, 2, 3 ORDER BY 1, 3", name) : List.of());
        o.put("recent", db.rows("SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE " + mine
                + " ORDER BY a.published DESC NULLS LAST, a.id LIMIT 20", name));
        return Optional.of(o);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The conditions on articles ({@code a}) that every list shares. */
    private Where articleWhere(Filter f) {
        Where w = new Where();
        f.from().ifPresent(d -> w.add("a.published >= ?", d));
        f.to().ifPresent(d -> w.add("left(a.published, " + d.length() + ") <= ?", d));
        f.outlet().ifPresent(o -> w.add(OUTLET + " = ?", o));
        f.narrative().ifPresent(n -> {
            if (db.hasTable("narrative_members")) {
                w.add("a.id IN (SELECT article_id FROM narrative_members WHERE narrative_id = ?)", n);
            } else {
                w.add("FALSE");
            }
        });
        f.entity().ifPresent(e -> {
            if (db.hasTable("entities")) {
                w.add("a.id IN (SELECT article_id FROM entities WHERE coalesce(canonical, text) = ?)", e);
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
