package org.echotrace.serve;

import org.echotrace.serve.WorkbenchQueries.Page;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The grouped entity and place lists, counted in Java: every mention is an (article ordinal,
 * group, label) triple in article order, built once at start; a request counts the mentions of the
 * articles its filters keep. The answers are those of the SQL they replace (mentions, distinct
 * articles, most mentioned first), without grouping 400,000 rows per request.
 */
final class FindingGroups {
    /** One group's fixed columns (name, type or coordinates), in answer order. */
    private final List<Map<String, Object>> groups;
    private final String[] kinds;
    /** Per label (the mention's name as searched), lower-cased once. */
    private final List<String> labels;
    private final int[] art;
    private final int[] group;
    private final int[] label;
    private final String nameKey;

    private FindingGroups(List<Map<String, Object>> groups, String[] kinds, List<String> labels, int[] art, int[] group, int[] label,
                          String nameKey) {
        this.groups = groups;
        this.kinds = kinds;
        this.labels = labels;
        this.art = art;
        this.group = group;
        this.label = label;
        this.nameKey = nameKey;
    }

    /** Entities by canonical name (else the text) and type. */
    static FindingGroups entities(StoreConnection db) {
        if (!db.has("entities.canonical", "entities.type")) {
            return empty("name");
        }
        return load(db, "SELECT art, coalesce(canonical, text), type, coalesce(canonical, text) FROM entities ORDER BY art, start_offset",
                rs -> {
                    Map<String, Object> g = new LinkedHashMap<>();
                    g.put("name", rs.getString(2));
                    g.put("type", rs.getString(3));
                    return g;
                }, true, 4, "name");
    }

    /** Places by gazetteer id (else name or text), with the coordinates of one of their mentions. */
    static FindingGroups places(StoreConnection db) {
        if (!db.has("places.place_id", "places.latitude")) {
            return empty("name");
        }
        return load(db, "SELECT art, coalesce(place_id, name, text), coalesce(name, text), latitude, longitude, country, geo_precision"
                + " FROM places ORDER BY art, start_offset", rs -> {
                    Map<String, Object> g = new LinkedHashMap<>();
                    g.put("place_id", rs.getString(2));
                    g.put("name", rs.getString(3));
                    g.put("latitude", rs.getObject(4));
                    g.put("longitude", rs.getObject(5));
                    g.put("country", rs.getString(6));
                    g.put("geo_precision", rs.getObject(7));
                    return g;
                }, false, 3, "name");
    }

    private interface GroupReader {
        Map<String, Object> read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private static FindingGroups empty(String nameKey) {
        return new FindingGroups(List.of(), new String[0], List.of(), new int[0], new int[0], new int[0], nameKey);
    }

    /** Column 1 is the article ordinal, 2 the group key ({@code typed}: with the type in column 3), {@code labelColumn} the text searched. */
    private static FindingGroups load(StoreConnection db, String sql, GroupReader reader, boolean typed, int labelColumn, String nameKey) {
        List<Map<String, Object>> groups = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        Map<String, Integer> groupOf = new HashMap<>();
        List<String> labels = new ArrayList<>();
        Map<String, Integer> labelOf = new HashMap<>();
        List<int[]> rows = new ArrayList<>();
        db.each(sql, rs -> {
            String key = rs.getString(2) + "\u0000" + (typed ? rs.getString(3) : "");
            Integer g = groupOf.get(key);
            if (g == null) {
                g = groups.size();
                groupOf.put(key, g);
                groups.add(reader.read(rs));
                kinds.add(typed ? rs.getString(3) : null);
            }
            String text = rs.getString(labelColumn);
            int l = labelOf.computeIfAbsent(text == null ? "\u0000" : text, t -> {
                labels.add(text == null ? null : text.toLowerCase(Locale.ROOT));
                return labels.size() - 1;
            });
            rows.add(new int[] {rs.getInt(1), g, l});
        });
        int[] art = rows.stream().mapToInt(r -> r[0]).toArray();
        int[] group = rows.stream().mapToInt(r -> r[1]).toArray();
        int[] label = rows.stream().mapToInt(r -> r[2]).toArray();
        return new FindingGroups(List.copyOf(groups), kinds.toArray(String[]::new), List.copyOf(labels), art, group, label, nameKey);
    }

    /** Groups with their mentions and distinct articles among the kept articles, most mentioned first, then by name. */
    Page page(Filter f, BitSet keep) {
        BitSet labelOk = null;
        if (f.q().isPresent()) {
            String q = f.q().get().toLowerCase(Locale.ROOT);
            labelOk = new BitSet(labels.size());
            for (int l = 0; l < labels.size(); l++) {
                if (labels.get(l) != null && labels.get(l).contains(q)) {
                    labelOk.set(l);
                }
            }
        }
        String kind = f.kind().orElse(null);
        long[] mentions = new long[groups.size()];
        long[] articles = new long[groups.size()];
        int[] lastArt = new int[groups.size()];
        java.util.Arrays.fill(lastArt, -1);
        for (int i = 0; i < art.length; i++) {
            int g = group[i];
            if (ServedIndex.kept(keep, art[i]) && (labelOk == null || labelOk.get(label[i])) && (kind == null || kind.equals(kinds[g]))) {
                mentions[g]++;
                if (lastArt[g] != art[i]) {
                    articles[g]++;
                    lastArt[g] = art[i];
                }
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (mentions[g] > 0) {
                found.add(g);
            }
        }
        Comparator<String> names = Comparator.nullsLast(Comparator.naturalOrder());
        found.sort(Comparator.comparingLong((Integer g) -> -mentions[g])
                .thenComparing(g -> (String) groups.get(g).get(nameKey), names)
                .thenComparing(g -> String.valueOf(groups.get(g).getOrDefault("type", groups.get(g).get("place_id")))));
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = f.offset(); i < found.size() && items.size() < f.limit(); i++) {
            int g = found.get(i);
            Map<String, Object> r = new LinkedHashMap<>(groups.get(g));
            r.put("mentions", mentions[g]);
            r.put("articles", articles[g]);
            items.add(r);
        }
        return new Page(found.size(), f.limit(), f.offset(), items);
    }
}
