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
                MemoryCopy.copy(root);
                return new StoreConnection(root, poolSize);
            } catch (SQLException | RuntimeException e) {
                root.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new ServeException("cannot read the store at " + dir + ": " + e.getMessage(), e);
        }
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
