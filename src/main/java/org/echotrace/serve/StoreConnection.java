package org.echotrace.serve;

import org.duckdb.DuckDBConnection;
import org.echotrace.store.ReadOnlyStore;
import org.echotrace.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A read-only view of a store's DuckDB file, shared by the request threads: a small pool of
 * duplicated connections (DuckDB connections are not meant for concurrent use, duplicates of one
 * database are) and the set of tables and columns present, read once at start.
 *
 * <p>Design decision: the store is opened by {@link ReadOnlyStore} (the store's format check, its
 * file ATTACHed {@code READ_ONLY} as {@code store} to an in-memory database), so the workbench
 * cannot change a store even through a bug. At start every table is copied into memory, in list
 * order with integer keys ({@code art}, {@code list_rank}), except the articles' text and body
 * (read from the file by primary key) and the bookkeeping tables: the in-memory indexes are built
 * from these copies, and the small tables (narratives, lineage, cases) are queried from them.
 */
final class StoreConnection implements AutoCloseable {
    static final String DB_FILE = "echotrace.duckdb";
    private final DuckDBConnection root;
    private final BlockingQueue<Connection> pool;
    private final Map<String, Set<String>> columns;
    private final List<Connection> all = new ArrayList<>();

    private StoreConnection(DuckDBConnection root, int size) throws SQLException {
        this.root = root;
        this.pool = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Connection c = root.duplicate();
            all.add(c);
            pool.add(c);
        }
        this.columns = readColumns();
    }

    /** Opens the store in {@code dir} read-only; the message names the folder and what is wrong. */
    static StoreConnection open(Path dir, int poolSize) {
        Properties p = new Properties();
        p.setProperty("memory_limit", "2GB");
        // Many small concurrent queries: each runs on its request thread instead of fanning out to a pool.
        p.setProperty("threads", "1");
        DuckDBConnection root;
        try {
            root = ReadOnlyStore.attach(dir, p);
        } catch (StoreException e) {
            throw new ServeException(e.getMessage(), e);
        }
        try {
            try {
                copyIntoMemory(root);
                return new StoreConnection(root, poolSize);
            } catch (SQLException | RuntimeException e) {
                root.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new ServeException("cannot read the store at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Tables left in the file: the cleaner's bookkeeping, never shown. */
    private static final Set<String> NOT_SERVED = Set.of("line_counts", "staging_sources", "staging_keys", "staging_cases",
            "claim_vectors", "narrative_state", "narrative_overrides");
    /** Tables of per-article rows: copied in article order with the article's ordinal {@code art}, so one article's rows are found by an integer. */
    private static final Set<String> PER_ARTICLE = Set.of("segments", "entities", "places", "events", "techniques", "article_sources");

    /**
     * Copies the tables, articles and claims first: {@code art} (an article's place in the list
     * order, newest first, from 0) and the claims' {@code list_rank} (their place in the claim
     * list order, from 0) are what the in-memory indexes ({@link ServedIndex}) point at.
     */
    private static void copyIntoMemory(DuckDBConnection root) throws SQLException {
        try (java.sql.Statement s = root.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_catalog = 'store' AND table_schema = 'main' ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            boolean claims = tables.contains("claims");
            // list_rank / art: the order the lists show (newest first); the claim counts by kind spare the outlet lists a join.
            s.execute("CREATE TABLE articles AS SELECT a.* EXCLUDE (text, body), CAST(row_number() OVER"
                    + " (ORDER BY a.published DESC NULLS LAST, a.id) - 1 AS INTEGER) AS art, "
                    + (claims ? "coalesce(k.own, 0) AS own_claims, coalesce(k.attributed, 0) AS attributed_claims"
                            + " FROM store.articles a LEFT JOIN (SELECT article_id, count(*) FILTER (WHERE kind = 'own') AS own,"
                            + " count(*) FILTER (WHERE kind = 'attributed') AS attributed FROM store.claims GROUP BY 1) k"
                            + " ON k.article_id = a.id"
                            : "0 AS own_claims, 0 AS attributed_claims FROM store.articles a")
                    + " ORDER BY art");
            if (claims) {
                // The order claim lists show (the article's date, then place in it); one article's claims are consecutive.
                // relays: the relay names of the source chain, what the provenance graph draws.
                s.execute("CREATE TABLE claims AS SELECT c.*" + (hasDetail(root, "claims") ? " EXCLUDE (detail)" : "") + ", a.art, CAST(row_number() OVER (ORDER BY a.published NULLS LAST,"
                        + " c.article_id, c.idx) - 1 AS INTEGER) AS list_rank, TRY(list_transform(list_filter(from_json(c.chain,"
                        + " '[{\"name\":\"VARCHAR\",\"role\":\"VARCHAR\"}]'), h -> h.role = 'relay' AND h.name IS NOT NULL),"
                        + " h -> h.name)) AS relays FROM store.claims c JOIN articles a ON a.id = c.article_id ORDER BY list_rank");
            }
            for (String name : tables) {
                if (NOT_SERVED.contains(name) || name.equals("articles") || name.equals("claims") || !name.matches("[a-z_][a-z0-9_]*")) {
                    continue;
                }
                if (PER_ARTICLE.contains(name)) {
                    s.execute("CREATE TABLE " + name + " AS SELECT t.*" + (hasDetail(root, name) ? " EXCLUDE (detail)" : "")
                            + ", a.art FROM store." + name + " t JOIN articles a ON a.id = t.article_id ORDER BY a.art");
                } else {
                    s.execute("CREATE TABLE " + name + " AS SELECT * FROM " + source(root, name));
                }
            }
        }
    }

    private static boolean hasDetail(DuckDBConnection root, String table) throws SQLException {
        try (PreparedStatement p = root.prepareStatement("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_catalog = 'store' AND table_name = ? AND column_name = 'detail'")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /**
     * What to copy for a table: the store's table as it is, or, for the narrative tables as the
     * narrative step writes them (members keyed "articleId#idx", {@code parent}, lineage
     * {@code kind}), a reshaping into the columns the workbench queries read. Retired narratives
     * are left out.
     */
    private static String source(DuckDBConnection root, String name) throws SQLException {
        Set<String> cols = new HashSet<>();
        try (PreparedStatement p = root.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_catalog = 'store' AND table_name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        if (name.equals("narratives") && cols.contains("parent") && !cols.contains("parent_id")) {
            return "(SELECT id, label, " + (cols.contains("key_terms") ? "key_terms"
                    : cols.contains("details")
                    // The narrative step keeps its key terms in the narrative's JSON record.
                    ? "array_to_string(from_json(json_extract(details, '$.key_terms'), '[\"VARCHAR\"]'), ', ') AS key_terms"
                    : "CAST(NULL AS VARCHAR) AS key_terms")
                    + ", parent AS parent_id, CAST(first_seen AS VARCHAR) AS first_seen, CAST(last_seen AS VARCHAR) AS last_seen"
                    + " FROM store.narratives" + (cols.contains("retired") ? " WHERE NOT coalesce(retired, false)" : "") + ")";
        }
        if (name.equals("narrative_members") && cols.contains("claim_key") && !cols.contains("article_id")) {
            return "(SELECT narrative_id, split_part(claim_key, '#', 1) AS article_id,"
                    + " TRY_CAST(split_part(claim_key, '#', 2) AS INTEGER) AS claim_idx, similarity FROM store.narrative_members)";
        }
        if (name.equals("narrative_lineage") && cols.contains("kind") && !cols.contains("event")) {
            return "(SELECT narrative_id, kind AS event, other_id, CAST(recorded_at AS VARCHAR) AS \"at\" FROM store.narrative_lineage)";
        }
        return "store." + name;
    }

    private Map<String, Set<String>> readColumns() throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        for (Map<String, Object> r : rows("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_catalog = current_database() AND table_schema = 'main'")) {
            out.computeIfAbsent(((String) r.get("table_name")).toLowerCase(Locale.ROOT), k -> new HashSet<>())
                    .add(((String) r.get("column_name")).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    boolean hasTable(String table) {
        return columns.containsKey(table);
    }

    /** Whether every one of these tables exists with every named column ("table.column" or "table"). */
    boolean has(String... tablesOrColumns) {
        for (String t : tablesOrColumns) {
            int dot = t.indexOf('.');
            Set<String> cols = columns.get(dot < 0 ? t : t.substring(0, dot));
            if (cols == null || dot >= 0 && !cols.contains(t.substring(dot + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Runs a query with positional parameters; each row is a map from lower-case column label to value. */
    List<Map<String, Object>> rows(String sql, Object... params) {
        Connection c = borrow();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                String[] names = new String[n];
                for (int i = 0; i < n; i++) {
                    names[i] = md.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                }
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        row.put(names[i], plain(rs.getObject(i + 1)));
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new ServeException("store query failed: " + e.getMessage(), e);
        } finally {
            pool.add(c);
        }
    }

    /** A result row as JDBC gives it, for loads too large to turn into maps. */
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Streams the rows of a query to {@code reader}, in the query's order. */
    void each(String sql, RowReader reader) {
        Connection c = borrow();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new ServeException("store query failed: " + e.getMessage(), e);
        } finally {
            pool.add(c);
        }
    }

    /** Runs {@code work} on a pooled connection (for readers that take a JDBC connection). */
    <T> T with(java.util.function.Function<Connection, T> work) {
        Connection c = borrow();
        try {
            return work.apply(c);
        } finally {
            pool.add(c);
        }
    }

    long count(String sql, Object... params) {
        List<Map<String, Object>> r = rows(sql, params);
        return r.isEmpty() ? 0 : ((Number) r.get(0).values().iterator().next()).longValue();
    }

    /** JDBC hands back BigInteger/HugeInt for SUM and DuckDB arrays; the JSON wants plain numbers. */
    static Object plain(Object v) {
        if (v instanceof java.math.BigInteger b) {
            return b.longValue();
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.doubleValue();
        }
        return v;
    }

    private Connection borrow() {
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServeException("interrupted while waiting for a store connection", e);
        }
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Shutting down: nothing left to do with a connection that will not close.
            }
        }
        try {
            root.close();
        } catch (SQLException ignored) {
            // As above.
        }
    }
}
