package org.echotrace.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.Segment;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Appends articles and their segments with DuckDB's Appender, inside the caller's transaction. */
final class ArticleWriter {
    static final ObjectMapper JSON = new ObjectMapper();

    private ArticleWriter() {
    }

    static void write(DuckDBConnection db, long runId, long firstSeq, List<CleanArticle> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles")) {
            long seq = firstSeq;
            for (CleanArticle art : articles) {
                a.beginRow()
                        .append(art.id())
                        .append(seq++)
                        .append(runId)
                        .append(art.raw().source())
                        .append(art.raw().charset());
                optional(a, art.metadata().title());
                optional(a, art.metadata().published());
                optional(a, art.metadata().outlet());
                optional(a, art.metadata().author());
                a.append(art.raw().text())
                        .append(art.body())
                        .append(notices(art))
                        .endRow();
            }
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "segments")) {
            long seq = firstSeq;
            for (CleanArticle art : articles) {
                int ord = 0;
                for (Segment s : art.segments()) {
                    a.beginRow().append(art.id()).append(seq).append(ord++).append(s.kind().label())
                            .append(s.start()).append(s.end()).endRow();
                }
                seq++;
            }
        }
    }

    private static void optional(DuckDBAppender a, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            a.append(v.get());
        } else {
            a.appendNull();
        }
    }

    private static String notices(CleanArticle art) {
        try {
            return JSON.writeValueAsString(art.raw().notices());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notices of " + art.id() + " cannot be written as JSON", e);
        }
    }
}
