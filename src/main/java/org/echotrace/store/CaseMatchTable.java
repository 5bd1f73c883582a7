package org.echotrace.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Which known cases each narrative matches: {@code case_matches(narrative_id, article_id,
 * claim_idx, case_id, rank, score, lexical, semantic)}, the claim being the narrative's
 * representative. Replaced whole at every run, in one transaction, since narratives and cases both
 * change between runs.
 */
public final class CaseMatchTable {
    /** One match as stored. */
    public record Row(String narrativeId, String articleId, int claimIndex, String caseId, int rank, double score,
                      double lexical, double semantic) {
    }

    private final Connection db;

    public CaseMatchTable(Connection db) {
        this.db = db;
    }

    public CaseMatchTable ensure() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS case_matches (narrative_id VARCHAR NOT NULL, article_id VARCHAR,"
                    + " claim_idx INTEGER, case_id VARCHAR NOT NULL, rank INTEGER, score DOUBLE, lexical DOUBLE, semantic DOUBLE)");
        }
        return this;
    }

    public void replace(List<Row> rows) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            try (Statement s = db.createStatement()) {
                s.execute("DELETE FROM case_matches");
            }
            try (DuckDBAppender a = ((DuckDBConnection) db).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "case_matches")) {
                for (Row r : rows) {
                    a.beginRow().append(r.narrativeId()).append(r.articleId()).append(r.claimIndex()).append(r.caseId())
                            .append(r.rank()).append(r.score()).append(r.lexical()).append(r.semantic()).endRow();
                }
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }
}
