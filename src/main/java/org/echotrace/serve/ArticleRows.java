package org.echotrace.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows of one per-article table (segments, entities, places, events, techniques, sources),
 * held in column arrays in article order, with where each article's rows start: one article's
 * rows are a slice, found without a query.
 *
 * <p>Design decision: on a shared 2-core machine a query per table made one article's page cost
 * five DuckDB scans (tens of milliseconds under load) where slicing arrays costs microseconds;
 * the price is memory, about 30 MB for the findings of 10,000 articles (repeated strings, such as
 * kinds, types and names, are held once).
 */
final class ArticleRows {
    private final String[] names;
    private final Object[][] columns;
    private final int[] art;
    private final int[] start;
    private final int[] count;

    private ArticleRows(String[] names, Object[][] columns, int[] art, int[] start, int[] count) {
        this.names = names;
        this.columns = columns;
        this.art = art;
        this.start = start;
        this.count = count;
    }

    /**
     * Loads {@code select} (expressions with the output names as aliases) of {@code table} in
     * article order, then {@code order}; {@code convert} may replace a column's value (JSON text
     * parsed once). A table the store lacks gives no rows.
     */
    static ArticleRows load(StoreConnection db, String table, List<String> names, String select, String order, int articles,
                            Map<String, Function<Object, Object>> convert) {
        int[] start = new int[articles];
        int[] count = new int[articles];
        java.util.Arrays.fill(start, -1);
        if (!db.hasTable(table)) {
            return new ArticleRows(names.toArray(String[]::new), new Object[names.size()][0], new int[0], start, count);
        }
        List<Object[]> rows = new ArrayList<>();
        List<Integer> arts = new ArrayList<>();
        List<Function<Object, Object>> converters = names.stream().map(n -> convert.getOrDefault(n, v -> v)).toList();
        // Per column, each distinct text once (converted once).
        List<Map<Object, Object>> seen = names.stream().map(n -> (Map<Object, Object>) new HashMap<Object, Object>()).toList();
        db.each("SELECT art, " + select + " FROM " + table + " ORDER BY art, " + order, rs -> {
            Object[] r = new Object[names.size()];
            for (int i = 0; i < r.length; i++) {
                Object v = StoreConnection.plain(rs.getObject(i + 2));
                r[i] = v instanceof String ? seen.get(i).computeIfAbsent(v, converters.get(i)) : v == null ? null : converters.get(i).apply(v);
            }
            rows.add(r);
            arts.add(rs.getInt(1));
        });
        Object[][] columns = new Object[names.size()][rows.size()];
        int[] art = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            art[i] = arts.get(i);
            for (int c = 0; c < columns.length; c++) {
                columns[c][i] = rows.get(i)[c];
            }
            if (start[art[i]] < 0) {
                start[art[i]] = i;
            }
            count[art[i]]++;
        }
        return new ArticleRows(names.toArray(String[]::new), columns, art, start, count);
    }

    int size() {
        return art.length;
    }

    int art(int row) {
        return art[row];
    }

    Object value(int column, int row) {
        return columns[column][row];
    }

    int width() {
        return names.length;
    }

    String name(int column) {
        return names[column];
    }

    int column(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    /** The row as the API answers it (column names in order). */
    Map<String, Object> row(int i) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (int c = 0; c < names.length; c++) {
            r.put(names[c], columns[c][i]);
        }
        return r;
    }

    /** The row numbers of one article's rows, in the table's order. */
    int[] rowsOf(int article) {
        int from = Math.max(0, start[article]);
        int[] out = new int[count[article]];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }

    /** The rows of one article, in the table's order. */
    List<Map<String, Object>> of(int article) {
        List<Map<String, Object>> out = new ArrayList<>(count[article]);
        for (int i = start[article]; i >= 0 && i < start[article] + count[article]; i++) {
            out.add(row(i));
        }
        return out;
    }
}
