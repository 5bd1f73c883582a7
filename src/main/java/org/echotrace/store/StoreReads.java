package org.echotrace.store;

import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.CleanArticle;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The read side of {@link EmbeddedStore}: articles as stored and as analyzed, one or all, and each
 * claim's narratives. Every SQL failure becomes a {@link StoreException} naming the store's folder.
 *
 * <p>Design decision: the set of known ids is the store's own (it grows as batches commit), read
 * here only to answer a miss without a query.
 */
final class StoreReads {
    private final Connection db;
    private final Path dir;
    private final Set<String> ids;

    StoreReads(Connection db, Path dir, Set<String> ids) {
        this.db = db;
        this.dir = dir;
        this.ids = ids;
    }

    void forEachArticle(Consumer<CleanArticle> action) {
        forEach(ArticleReader::forEach, action);
    }

    Optional<CleanArticle> findArticle(String id) {
        return findOne(id, ArticleReader::forEach);
    }

    void forEachAnalyzed(Consumer<AnalyzedArticle> action) {
        forEach(FindingsReader::forEach, action);
    }

    Optional<AnalyzedArticle> findAnalyzed(String id) {
        return findOne(id, FindingsReader::forEach);
    }

    /** How {@link ArticleReader} and {@link FindingsReader} read rows. */
    private interface Reader<T> {
        void forEach(Connection db, ArticleReader.Filter filter, Consumer<T> action) throws SQLException;
    }

    private <T> void forEach(Reader<T> reader, Consumer<T> action) {
        try {
            reader.forEach(db, ArticleReader.Filter.ALL, action);
        } catch (SQLException e) {
            throw new StoreException("cannot read articles from " + dir + ": " + e.getMessage(), e);
        }
    }

    private <T> Optional<T> findOne(String id, Reader<T> reader) {
        if (!ids.contains(id)) {
            return Optional.empty();
        }
        List<T> found = new ArrayList<>();
        try {
            reader.forEach(db, ArticleReader.Filter.id(id), found::add);
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id + " from " + dir + ": " + e.getMessage(), e);
        }
        return found.stream().findFirst();
    }

    /** For each claim key ({@code articleId#index}), its live narratives; empty while no narrative step has run. */
    Map<String, List<String>> narrativesOfClaims() {
        try (ResultSet rs = db.getMetaData().getTables(null, null, "narrative_members", null)) {
            if (!rs.next()) {
                return Map.of();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the tables of " + dir + ": " + e.getMessage(), e);
        }
        return new NarrativeTable(db).narrativesOfClaims();
    }
}
