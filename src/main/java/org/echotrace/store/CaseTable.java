package org.echotrace.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.echotrace.model.KnownCase;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The known cases of a store: table {@code cases}, one row per case id, loaded through DuckDB's
 * Appender into a staging table and moved over with {@code ON CONFLICT DO NOTHING}, so importing the
 * same file twice stores nothing twice. Works on a connection it is given; the caller owns it.
 *
 * <p>Design decision: the first import of a case wins. A case base re-published with corrections
 * keeps its ids (URLs), and silently overwriting what an analyst already linked would move links
 * under their feet; a changed case is a new id only when its content-hashed id changes.
 */
public final class CaseTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, title, summary, disproof, verdict, url, published, claimant, source,"
            + " keywords, countries, imported_from";
    private static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS cases (id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, summary VARCHAR,"
            + " disproof VARCHAR, verdict VARCHAR, url VARCHAR, published DATE, claimant VARCHAR, source VARCHAR NOT NULL,"
            // Lists as JSON text: read back whole, never queried piecewise.
            + " keywords VARCHAR, countries VARCHAR, imported_from VARCHAR)",
        "CREATE TABLE IF NOT EXISTS staging_cases (id VARCHAR, title VARCHAR, summary VARCHAR, disproof VARCHAR,"
            + " verdict VARCHAR, url VARCHAR, published DATE, claimant VARCHAR, source VARCHAR, keywords VARCHAR,"
            + " countries VARCHAR, imported_from VARCHAR, ord BIGINT)",
    };

    private final Connection db;

    public CaseTable(Connection db) {
        this.db = db;
    }

    /** Creates the tables when they are missing. */
    public CaseTable ensure() throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
        return this;
    }

    /** Stores the cases not stored yet, in one transaction; returns how many were new. */
    public int add(List<KnownCase> cases, String importedFrom) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long before = count();
            try (Statement s = db.createStatement()) {
                s.execute("DELETE FROM staging_cases");
            }
            try (DuckDBAppender a = db.unwrap(DuckDBConnection.class)
                    .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staging_cases")) {
                long ord = 0;
                for (KnownCase c : cases) {
                    a.beginRow().append(c.id()).append(c.title());
                    for (Optional<String> v : List.of(c.summary(), c.disproof(), c.verdict(), c.url())) {
                        appendOptional(a, v);
                    }
                    if (c.date().isPresent()) {
                        a.append(c.date().get());
                    } else {
                        a.appendNull();
                    }
                    appendOptional(a, c.claimant());
                    a.append(c.source()).append(json(c.keywords()))
                            .append(json(c.countries())).append(importedFrom).append(ord++).endRow();
                }
            }
            try (Statement s = db.createStatement()) {
                // The first row of an id in the file wins, as it does across files.
                s.execute("INSERT INTO cases SELECT " + COLUMNS + " FROM (SELECT *, row_number() OVER"
                        + " (PARTITION BY id ORDER BY ord) AS n FROM staging_cases) WHERE n = 1 ON CONFLICT DO NOTHING");
                s.execute("DELETE FROM staging_cases");
            }
            long added = count() - before;
            db.commit();
            return (int) added;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    public long count() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM cases")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every stored case, by id. */
    public List<KnownCase> all() throws SQLException {
        List<KnownCase> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM cases ORDER BY id")) {
            while (rs.next()) {
                Date published = rs.getDate(7);
                out.add(new KnownCase(rs.getString(1), rs.getString(2), opt(rs.getString(3)), opt(rs.getString(4)),
                        opt(rs.getString(5)), opt(rs.getString(6)),
                        Optional.ofNullable(published).map(Date::toLocalDate), opt(rs.getString(8)), rs.getString(9),
                        list(rs.getString(10)), list(rs.getString(11))));
            }
        }
        return out;
    }

    private static void appendOptional(DuckDBAppender a, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            a.append(v.get());
        } else {
            a.appendNull();
        }
    }

    private static Optional<String> opt(String v) {
        return Optional.ofNullable(v);
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable list in the cases table: " + json, e);
        }
    }
}
