package org.echotrace.serve;

import org.echotrace.serve.ApiRoute.Param;
import org.echotrace.serve.ApiRoute.Request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The REST API, as a list of routes over the store's queries and its two search indexes. Route
 * code reads parameters and returns values; errors are thrown as {@link ApiError} and written in
 * one place by the server.
 */
final class WorkbenchRoutes {
    private static final int SEARCH_DEPTH = 1000;
    private final WorkbenchQueries queries;
    private final IndexedQueries lists;
    private final NarrativeList narratives;
    private final NarrativePages narrative;
    private final OutletPages outlets;
    private final TextIndex text;
    private final SemanticIndex semantic;

    WorkbenchRoutes(WorkbenchQueries queries, IndexedQueries lists, NarrativeList narratives, NarrativePages narrative, OutletPages outlets,
                    TextIndex text, SemanticIndex semantic) {
        this.queries = queries;
        this.lists = lists;
        this.narratives = narratives;
        this.narrative = narrative;
        this.outlets = outlets;
        this.text = text;
        this.semantic = semantic;
    }

    List<ApiRoute> routes() {
        List<ApiRoute> r = new ArrayList<>();
        r.add(new ApiRoute("/api/stats", "store", "Row counts of every table and the state of the semantic index.", List.of(), q -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("counts", queries.counts());
            m.put("semantic_index", semantic.status());
            return m;
        }));
        r.add(list("/api/articles", "articles", "Articles, newest first; q is a full-text (Lucene) query over titles and bodies"
                + " (then best match first).", q -> {
            Filter f = filter(q);
            if (f.q().isPresent() && f.equals(Filter.page(f.limit(), f.offset()).withQuery(f.q()))) {
                // Only a query: Lucene pages it by relevance and counts every hit itself.
                TextIndex.Hits hits = text.search(f.q().get(), f.offset() + f.limit());
                List<String> page = hits.ids().subList(Math.min(f.offset(), hits.ids().size()), hits.ids().size());
                return new WorkbenchQueries.Page(hits.total(), f.limit(), f.offset(), lists.articlesByIds(page));
            }
            Optional<List<String>> ids = f.q().map(s -> text.search(s, SEARCH_DEPTH).ids());
            return lists.articles(f, ids);
        }));
        r.add(one("/api/articles/{id}", "articles", "One article: original text, every segment, metadata, claims (each with its"
                + " near-duplicate claims), entities, places, events, techniques and narratives.", "article id", id -> queries.article(id)));
        r.add(list("/api/claims", "claims", "Claims with speaker, cue and source chain; kind is own or attributed; q a full-text"
                + " (Lucene) query over claim texts.", q -> lists.claims(filter(q))));
        r.add(list("/api/entities", "entities", "Entities grouped by canonical name; kind is the type (person, organisation, place, misc).",
                q -> lists.entities(filter(q))));
        r.add(list("/api/places", "places", "Geocoded places grouped by gazetteer id, with coordinates.", q -> lists.places(filter(q))));
        r.add(list("/api/events", "events", "Claimed events (ACLED-shaped, with claimed_by and relayed_via); kind is the event type.",
                q -> queries.events(filter(q))));
        r.add(list("/api/narratives", "narratives", "Narratives with articles, outlets, first and last seen, matched cases and a"
                + " monthly sparkline; filters apply to member articles, q to label and key terms.", q -> narratives.page(filter(q))));
        r.add(new ApiRoute("/api/narratives/{id}", "narratives", "One narrative: timeline by month and outlet, provenance graph,"
                + " places, sub-narratives, lineage, matched cases, technique profile of its claims, and the first page (limit, default "
                + DEFAULT_MEMBERS + ", and offset) of each of its member lists: claims, articles (oldest first), claimed events and"
                + " near-duplicate pairs; claims_total, articles_total, events_total and near_duplicates_total count them all,"
                + " /api/narratives/{id}/claims (articles, events, near_duplicates) pages each.",
                List.of(Param.path("id", "narrative id"), LIMIT, OFFSET),
                q -> narrative.narrative(q.path("id"), members(q)).orElseThrow(() -> noNarrative(q))));
        for (String part : List.of("claims", "articles", "events", "near_duplicates")) {
            r.add(new ApiRoute("/api/narratives/{id}/" + part, "narratives", "One page of a narrative's " + part.replace('_', '-')
                    + (part.equals("articles") ? ", oldest first" : part.equals("events") ? " (claimed events of its articles), by date" : "")
                    + ". Paged: {total, limit, offset, items}.", List.of(Param.path("id", "narrative id"), LIMIT, OFFSET),
                    q -> narrative.members(q.path("id"), part, members(q)).orElseThrow(() -> noNarrative(q))));
        }
        r.add(list("/api/outlets", "outlets", "Outlets with articles, dates and relay profile (own vs attributed claims).",
                q -> lists.outlets(filter(q))));
        r.add(one("/api/outlets/{name}", "outlets", "One outlet: the sources it relays, its narratives by month, technique profile,"
                + " recent articles.",
                "outlet name as stored ('(unknown)' for none)", name -> outlets.outlet(name)));
        r.add(list("/api/cases", "cases", "Known cases and fact-checks; narrative keeps those matched to it.", q -> queries.cases(filter(q))));
        r.add(new ApiRoute("/api/search", "search", "Search across articles and claims: mode text (Lucene over articles,"
                + " and over claim texts) or semantic (embedding similarity over claims).",
                List.of(Param.query("q", "string", "what to search for (required)"),
                        Param.query("mode", "string", "text (default) or semantic"),
                        Param.query("limit", "integer", "results of each kind, 1 to " + Filter.MAX_LIMIT + " (default 20)")),
                this::search));
        return r;
    }

    private Object search(Request req) {
        String q = req.query("q").filter(s -> !s.isBlank()).orElseThrow(() -> ApiError.badRequest("q is required"));
        int limit = Filter.page(integer(req, "limit", 20), 0).limit();
        String mode = req.query("mode").orElse("text");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("q", q);
        out.put("mode", mode);
        switch (mode) {
            case "text" -> {
                TextIndex.Hits hits = text.search(q, limit);
                out.put("articles_total", hits.total());
                out.put("articles", lists.articlesByIds(hits.ids()));
                WorkbenchQueries.Page claims = lists.claims(new Filter(limit, 0, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(q)));
                out.put("claims_total", claims.total());
                out.put("claims", claims.items());
            }
            case "semantic" -> {
                List<SemanticIndex.Hit> hits = semantic.search(q, limit);
                List<Map<String, Object>> rows = new ArrayList<>();
                Map<String, Double> score = new LinkedHashMap<>();
                hits.forEach(h -> score.put(h.entry().key(), h.score()));
                List<String> claimKeys = hits.stream().filter(h -> h.entry().idx() >= 0).map(h -> h.entry().key()).toList();
                for (Map<String, Object> c : lists.claimsByKeys(claimKeys)) {
                    c.put("score", score.get(c.get("article_id") + "#" + c.get("idx")));
                    rows.add(c);
                }
                List<String> titleIds = hits.stream().filter(h -> h.entry().idx() < 0).map(h -> h.entry().articleId()).toList();
                List<Map<String, Object>> articles = lists.articlesByIds(titleIds);
                articles.forEach(a -> a.put("score", score.get(a.get("id") + "#-1")));
                out.put("claims", rows);
                out.put("articles", articles);
            }
            default -> throw ApiError.badRequest("mode is text or semantic, got '" + Filter.cut(mode) + "'");
        }
        return out;
    }

    /** How many of each member list one narrative's answer carries unless asked for another limit. */
    static final int DEFAULT_MEMBERS = 50;
    private static final Param LIMIT = Param.query("limit", "integer", "page size, 1 to " + Filter.MAX_LIMIT + " (default 50)");
    private static final Param OFFSET = Param.query("offset", "integer", "rows to skip (default 0)");

    private static Filter members(Request q) {
        return Filter.page(integer(q, "limit", DEFAULT_MEMBERS), integer(q, "offset", 0));
    }

    private static ApiError noNarrative(Request q) {
        return ApiError.notFound("no narrative '" + Filter.cut(q.path("id")) + "' in this store");
    }

    private static ApiRoute list(String path, String tag, String summary, ApiRoute.Handler h) {
        List<Param> params = List.of(LIMIT, OFFSET,
                Param.query("from", "string", "published on or after: YYYY, YYYY-MM or YYYY-MM-DD"),
                Param.query("to", "string", "published on or before: YYYY, YYYY-MM or YYYY-MM-DD"),
                Param.query("outlet", "string", "outlet name"),
                Param.query("narrative", "string", "narrative id"),
                Param.query("entity", "string", "canonical entity name mentioned in the article"),
                Param.query("kind", "string", "a kind, where the route has one"),
                Param.query("q", "string", "search text"));
        return new ApiRoute(path, tag, summary + " Paged: {total, limit, offset, items}.", params, h);
    }

    private static ApiRoute one(String path, String tag, String summary, String what,
                                java.util.function.Function<String, Optional<?>> find) {
        String name = path.substring(path.lastIndexOf('{') + 1, path.length() - 1);
        return new ApiRoute(path, tag, summary, List.of(Param.path(name, what)), req -> find.apply(req.path(name))
                .orElseThrow(() -> ApiError.notFound("no " + tag.replaceAll("s$", "") + " '" + Filter.cut(req.path(name)) + "' in this store")));
    }

    static Filter filter(Request q) {
        return new Filter(integer(q, "limit", 50), integer(q, "offset", 0), nonBlank(q, "from"), nonBlank(q, "to"),
                nonBlank(q, "outlet"), nonBlank(q, "narrative"), nonBlank(q, "entity"), nonBlank(q, "kind"), nonBlank(q, "q"));
    }

    private static Optional<String> nonBlank(Request q, String name) {
        return q.query(name).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static int integer(Request q, String name, int fallback) {
        Optional<String> v = nonBlank(q, name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.get());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a whole number, got '" + Filter.cut(v.get()) + "'");
        }
    }
}
