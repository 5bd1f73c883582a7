package org.echotrace.serve;

import org.duckdb.DuckDBConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
 * <p>Design decision: DuckDB is opened with {@code duckdb.read_only}, so the workbench cannot
 * change a store even through a bug, and a second reader is allowed while no writer holds it.
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
        Path db = dir.resolve(DB_FILE);
        if (!Files.isRegularFile(db)) {
            throw new ServeException("no Echotrace store at " + dir + ": " + db + " is missing"
                    + " (run ./echotrace analyze PATH --store " + dir + " first)");
        }
        try {
            Properties p = new Properties();
            p.setProperty("duckdb.read_only", "true");
            p.setProperty("memory_limit", "1GB");
            // Many small concurrent queries: each runs on its request thread instead of fanning out to a pool.
            p.setProperty("threads", "1");
            return new StoreConnection((DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + db, p), poolSize);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.toLowerCase(Locale.ROOT).contains("lock")) {
                throw new ServeException("the store at " + dir + " is being written by another Echotrace process;"
                        + " serve it when that run has finished", e);
            }
            throw new ServeException("cannot open the store at " + dir + " read-only: " + m, e);
        }
    }

    private Map<String, Set<String>> readColumns() throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        for (Map<String, Object> r : rows("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = 'main'")) {
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

    long count(String sql, Object... params) {
        List<Map<String, Object>> r = rows(sql, params);
        return r.isEmpty() ? 0 : ((Number) r.get(0).values().iterator().next()).longValue();
    }

    /** JDBC hands back BigInteger/HugeInt for SUM and DuckDB arrays; the JSON wants plain numbers. */
    private static Object plain(Object v) {
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
