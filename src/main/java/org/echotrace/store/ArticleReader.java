package org.echotrace.store;

import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads articles back as {@link CleanArticle}s, streaming: articles and segments are two queries
 * in the same order (by seq), merged as they go, so export of a large store needs little memory.
 */
final class ArticleReader {
    private ArticleReader() {
    }

    /** Which articles to read: trusted SQL conditions on {@code articles} and on {@code segments}. */
    record Filter(String articles, String segments) {
        static final Filter ALL = new Filter("", "");

        static Filter seqAfter(long seq) {
            return new Filter("WHERE seq > " + seq, "WHERE seq > " + seq);
        }

        static Filter id(String id) {
            String quoted = "'" + id.replace("'", "''") + "'";
            return new Filter("WHERE id = " + quoted, "WHERE article_id = " + quoted);
        }
    }

    /** An article read back with its arrival number. */
    interface SeqConsumer {
        void accept(long seq, CleanArticle article) throws SQLException;
    }

    static void forEach(Connection db, Filter filter, Consumer<CleanArticle> action) throws SQLException {
        forEachWithSeq(db, filter, (seq, a) -> action.accept(a));
    }

    static void forEachWithSeq(Connection db, Filter filter, SeqConsumer action) throws SQLException {
        try (Statement sa = db.createStatement();
             Statement ss = db.createStatement();
             ResultSet arts = sa.executeQuery("SELECT id, seq, source, charset, title, published_detail, outlet,"
                     + " author, text, notices, language, cited_sources, resolved_dates, origin FROM articles " + filter.articles() + " ORDER BY seq");
             ResultSet segs = ss.executeQuery("SELECT seq, kind, start_offset, end_offset, coalesce(markup_start, -1), coalesce(markup_end, -1) FROM segments "
                     + filter.segments() + " ORDER BY seq, ord")) {
            boolean segMore = segs.next();
            while (arts.next()) {
                long seq = arts.getLong(2);
                List<Segment> segments = new ArrayList<>();
                while (segMore && segs.getLong(1) < seq) {
                    segMore = segs.next();
                }
                while (segMore && segs.getLong(1) == seq) {
                    segments.add(new Segment(SegmentKind.expectLabel(segs.getString(2)), segs.getInt(3), segs.getInt(4),
                            segs.getInt(5), segs.getInt(6)));
                    segMore = segs.next();
                }
                RawArticle raw = new RawArticle(arts.getString(1), arts.getString(3), arts.getString(9),
                        arts.getString(4), StoredJson.read(arts.getString(10), StoredJson.NOTICES, List.of()),
                        StoredJson.origin(arts.getString(14)));
                ArticleMetadata meta = new ArticleMetadata(opt(arts, 5),
                        Optional.ofNullable(StoredJson.read(arts.getString(6), StoredJson.PUBLISHED, null)),
                        opt(arts, 7), opt(arts, 8), opt(arts, 11),
                        StoredJson.read(arts.getString(12), StoredJson.STRINGS, List.of()),
                        StoredJson.read(arts.getString(13), StoredJson.RESOLVED, List.of()));
                action.accept(seq, new CleanArticle(raw, segments, meta));
            }
        }
    }

    private static Optional<String> opt(ResultSet rs, int col) throws SQLException {
        return Optional.ofNullable(rs.getString(col));
    }

}
