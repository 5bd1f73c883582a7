package org.echotrace.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.PublishedDate;
import org.echotrace.model.Segment;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Appends articles and their segments with DuckDB's Appender, inside the caller's transaction. */
final class ArticleWriter {
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
                ArticleMetadata m = art.metadata();
                optional(a, m.title());
                optional(a, m.published().map(PublishedDate::iso));
                optional(a, m.outlet());
                optional(a, m.author());
                optional(a, m.language());
                a.append(art.raw().text()).append(art.body());
                optional(a, m.published().map(StoredJson::write));
                a.append(StoredJson.write(m.citedSources()))
                        .append(StoredJson.write(m.resolvedDates()))
                        .append(StoredJson.origin(art.raw().origin()))
                        .append(StoredJson.write(art.raw().notices()))
                        .endRow();
            }
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "segments")) {
            long seq = firstSeq;
            for (CleanArticle art : articles) {
                int ord = 0;
                for (Segment s : art.segments()) {
                    a.beginRow().append(art.id()).append(seq).append(ord++).append(s.kind().label())
                            .append(s.start()).append(s.end());
                    if (s.hasMarkup()) {
                        a.append(s.markupStart()).append(s.markupEnd());
                    } else {
                        a.appendNull().appendNull();
                    }
                    a.endRow();
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

}
