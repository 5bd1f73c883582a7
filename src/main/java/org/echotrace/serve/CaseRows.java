package org.echotrace.serve;

import org.echotrace.serve.WorkbenchQueries.Page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows that stay in SQL because they are small: known cases (the case list, each narrative's
 * matched cases) and the narratives' lineage. A table that is not in the store (cases before any
 * case base was loaded, lineage before clustering ran) gives empty lists, never an error.
 */
final class CaseRows {
    private final StoreConnection db;
    private volatile List<Map<String, Object>> lineage;

    CaseRows(StoreConnection db) {
        this.db = db;
    }

    /**
     * Every narrative's matched cases, best score first, read in one query at start: the case,
     * its disproof, its best score and how many of the narrative's claims matched it.
     */
    Map<String, List<Map<String, Object>>> byNarrative() {
        Map<String, List<Map<String, Object>>> out = new HashMap<>();
        if (!db.has("cases", "case_matches")) {
            return out;
        }
        for (Map<String, Object> r : db.rows("SELECT cm.narrative_id, k.id, k.title, k.summary, k.disproof, k.url, k.source,"
                + " max(cm.score) AS score, count(*) AS matched_claims FROM case_matches cm JOIN cases k ON k.id = cm.case_id"
                + " GROUP BY cm.narrative_id, k.id, k.title, k.summary, k.disproof, k.url, k.source"
                + " ORDER BY cm.narrative_id, score DESC, k.id")) {
            String narrative = String.valueOf(r.remove("narrative_id"));
            out.computeIfAbsent(narrative, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** Every lineage event with the other narrative's label, read once: a served store does not change. */
    List<Map<String, Object>> lineage() {
        List<Map<String, Object>> l = lineage;
        if (l == null) {
            l = db.hasTable("narrative_lineage")
                    ? db.rows("SELECT l.narrative_id, l.event, l.other_id, o.label AS other_label, l.\"at\" AS \"at\""
                            + " FROM narrative_lineage l LEFT JOIN narratives o ON o.id = l.other_id ORDER BY l.\"at\" NULLS LAST, l.event,"
                            + " l.narrative_id, l.other_id")
                    : List.of();
            lineage = l;
        }
        return l;
    }

    /** Known cases (fact-checks, case-base entries); {@code narrative} keeps those matched to it. */
    Page page(Filter f) {
        if (!db.hasTable("cases")) {
            return new Page(0, f.limit(), f.offset(), List.of());
        }
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        f.q().ifPresent(q -> {
            conditions.add("(" + contains("k.title") + " OR " + contains("coalesce(k.summary, '')") + ")");
            params.add(q);
            params.add(q);
        });
        if (f.narrative().isPresent()) {
            if (!db.hasTable("case_matches")) {
                return new Page(0, f.limit(), f.offset(), List.of());
            }
            conditions.add("k.id IN (SELECT case_id FROM case_matches WHERE narrative_id = ?)");
            params.add(f.narrative().get());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String matches = db.hasTable("case_matches")
                ? ", (SELECT count(DISTINCT narrative_id) FROM case_matches cm WHERE cm.case_id = k.id) AS narratives" : ", 0 AS narratives";
        long total = db.count("SELECT count(*) FROM cases k" + where, params.toArray());
        List<Object> paged = new ArrayList<>(params);
        paged.add(f.limit());
        paged.add(f.offset());
        return new Page(total, f.limit(), f.offset(), db.rows("SELECT k.id, k.title, k.summary, k.disproof, k.url, k.source"
                + matches + " FROM cases k" + where + " ORDER BY k.id LIMIT ? OFFSET ?", paged.toArray()));
    }

    /** A case-insensitive substring test with no wildcard characters of its own (a user's % matches %). */
    private static String contains(String expression) {
        return "contains(lower(" + expression + "), lower(?))";
    }
}
