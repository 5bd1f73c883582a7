package org.echotrace.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Claim;
import org.echotrace.model.EntityMention;
import org.echotrace.model.Event;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.TechniqueSpan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads articles back with their findings, streaming: the articles query and one query per
 * findings table, all ordered by seq, merged as they go (sentences are not stored: they are
 * recomputed from the text when needed).
 */
final class FindingsReader {
    private FindingsReader() {
    }

    /** One findings table read in seq order, its rows decoded from the detail column. */
    private static final class Cursor<T> implements AutoCloseable {
        private final Statement statement;
        private final ResultSet rows;
        private final JavaType type;
        private boolean more;

        Cursor(Connection db, String table, String where, Class<T> type) throws SQLException {
            this.statement = db.createStatement();
            this.rows = statement.executeQuery("SELECT seq, detail FROM " + table + " " + where + " ORDER BY seq, idx");
            this.type = FindingsTable.JSON.getTypeFactory().constructType(type);
            this.more = rows.next();
        }

        List<T> take(long seq) throws SQLException {
            List<T> out = new ArrayList<>();
            while (more && rows.getLong(1) < seq) {
                more = rows.next();
            }
            while (more && rows.getLong(1) == seq) {
                try {
                    out.add(FindingsTable.JSON.readValue(rows.getString(2), type));
                } catch (JsonProcessingException e) {
                    throw new StoreException("a stored finding is not valid JSON: " + e.getOriginalMessage(), e);
                }
                more = rows.next();
            }
            return out;
        }

        @Override
        public void close() throws SQLException {
            rows.close();
            statement.close();
        }
    }

    static void forEach(Connection db, ArticleReader.Filter filter, Consumer<AnalyzedArticle> action) throws SQLException {
        String where = filter.segments();
        try (Cursor<Claim> claims = new Cursor<>(db, "claims", where, Claim.class);
             Cursor<EntityMention> entities = new Cursor<>(db, "entities", where, EntityMention.class);
             Cursor<PlaceMention> places = new Cursor<>(db, "places", where, PlaceMention.class);
             Cursor<Event> events = new Cursor<>(db, "events", where, Event.class);
             Cursor<TechniqueSpan> techniques = new Cursor<>(db, "techniques", where, TechniqueSpan.class)) {
            ArticleReader.forEachWithSeq(db, filter, (seq, clean) -> action.accept(new AnalyzedArticle(clean, List.of(),
                    claims.take(seq), entities.take(seq), places.take(seq), events.take(seq), techniques.take(seq))));
        }
    }
}
