package org.echotrace.store;

import org.duckdb.DuckDBConnection;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.CleanArticle;
import org.echotrace.pipeline.Problem;
import org.echotrace.pipeline.RunSummary;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The store on one machine: {@code echotrace.duckdb} and a {@code lucene/} folder inside the store
 * folder. One process writes at a time (DuckDB locks the file); a second one gets a clear message.
 *
 * <p>Design decision: crash safety comes from DuckDB's transactions. Each batch of articles, their
 * segments, line counts and sightings is one transaction, so a run killed at any instant leaves
 * whole batches only, and the next run skips what is there. Lucene is derived and catches up.
 */
public final class EmbeddedStore implements ArticleStore {
    static final String DB_FILE = "echotrace.duckdb";
    private final Path dir;
    private final DuckDBConnection db;
    private final LuceneIndex lucene;
    private final BackgroundIndexer indexer;
    private final Set<String> ids = new HashSet<>();
    private final StoreReads reads;
    private long nextSeq;

    private EmbeddedStore(Path dir, DuckDBConnection db, LuceneIndex lucene) {
        this.dir = dir;
        this.db = db;
        this.lucene = lucene;
        this.indexer = new BackgroundIndexer(lucene);
        this.reads = new StoreReads(db, dir, ids);
    }

    /** Opens the store in {@code dir}, creating it when the folder is new or empty. */
    public static EmbeddedStore openOrCreate(Path dir) {
        StoreFormat.createOrCheck(dir);
        return open(dir);
    }

    /** Opens an existing store; fails with a clear message when there is none. */
    public static EmbeddedStore openExisting(Path dir) {
        StoreFormat.expectExisting(dir);
        return open(dir);
    }

    private static EmbeddedStore open(Path dir) {
        DuckDBConnection db;
        db = (DuckDBConnection) StoreConnection.connect(dir);
        LuceneIndex lucene = null;
        try {
            Schema.create(db);
            Schema.check(db, dir.toString());
            lucene = new LuceneIndex(dir.resolve("lucene"));
            EmbeddedStore s = new EmbeddedStore(dir, db, lucene);
            s.load();
            s.catchUpIndex();
            return s;
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(db, lucene);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open the store at " + dir + ": " + e.getMessage(), e);
        }
    }

    private void load() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM articles")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
            rs.next();
            nextSeq = rs.getLong(1) + 1;
        }
    }

    /** Indexes the articles a crash left out of Lucene. */
    private void catchUpIndex() throws IOException, SQLException {
        long through = lucene.indexedThrough();
        if (through >= nextSeq - 1) {
            return;
        }
        List<CleanArticle> missing = new ArrayList<>();
        ArticleReader.forEach(db, ArticleReader.Filter.seqAfter(through), missing::add);
        lucene.index(missing, nextSeq - 1);
        lucene.commit();
    }

    @Override
    public Map<Long, Integer> lineCounts(Set<Long> keys) {
        try {
            return Transactions.read(db, dir, () -> LineCountTable.read(db, keys));
        } catch (SQLException e) {
            throw new StoreException("cannot read line counts from " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> knownIds() {
        return Set.copyOf(ids);
    }

    @Override
    public long beginRun(String command) {
        try {
            return RunTable.begin(db, command);
        } catch (SQLException e) {
            throw new StoreException("cannot record a run in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int add(long runId, List<AnalyzedArticle> articles, List<Sighting> sightings) {
        List<AnalyzedArticle> freshAnalyzed = new ArrayList<>();
        List<CleanArticle> fresh = new ArrayList<>();
        Set<String> batchIds = new HashSet<>();
        for (AnalyzedArticle a : articles) {
            if (!ids.contains(a.id()) && batchIds.add(a.id())) {
                freshAnalyzed.add(a);
                fresh.add(a.clean());
            }
        }
        long firstSeq = nextSeq;
        try {
            Transactions.commit(db, dir, () -> {
                ArticleWriter.write(db, runId, firstSeq, fresh);
                FindingsTable.write(db, firstSeq, freshAnalyzed);
                LineCountTable.append(db, fresh);
                RunTable.sightings(db, runId, sightings);
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot write a batch of " + fresh.size() + " articles to " + dir + ": "
                    + e.getMessage(), e);
        }
        nextSeq += fresh.size();
        ids.addAll(batchIds);
        if (!fresh.isEmpty()) {
            indexer.submit(fresh, nextSeq - 1);
        }
        return fresh.size();
    }

    @Override
    public void recordProblems(long runId, List<Problem> problems) {
        try {
            RunTable.problems(db, runId, problems);
        } catch (SQLException e) {
            throw new StoreException("cannot record problems in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void finishRun(long runId, RunSummary summary) {
        try {
            RunTable.finish(db, runId, summary);
            Transactions.commit(db, dir, () -> {
                LineCountTable.compactIfWorth(db);
                return null;
            });
            try (Statement s = db.createStatement()) {
                s.execute("CHECKPOINT");
            }
            indexer.await();
            lucene.commit();
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot finish run " + runId + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void forEachArticle(Consumer<CleanArticle> action) {
        reads.forEachArticle(action);
    }

    @Override
    public Optional<CleanArticle> findArticle(String id) {
        return reads.findArticle(id);
    }

    @Override
    public void forEachAnalyzed(Consumer<AnalyzedArticle> action) {
        reads.forEachAnalyzed(action);
    }

    @Override
    public Optional<AnalyzedArticle> findAnalyzed(String id) {
        return reads.findAnalyzed(id);
    }

    /**
     * The store's database connection, for the store's own table classes in other files (cases,
     * narratives); never handed outside this package.
     */
    DuckDBConnection connection() {
        return db;
    }

    /**
     * For each claim key ({@code articleId#index}), the live narratives it belongs to; empty while
     * no narrative step has run.
     */
    public Map<String, List<String>> narrativesOfClaims() {
        return reads.narrativesOfClaims();
    }

    /** The taxonomy entries the store's articles carry ({@code article_taxonomy}). */
    public TaxonomyLabels taxonomy() {
        return new TaxonomyLabels(db, dir);
    }

    /** The store's folder. */
    public Path folder() {
        return dir;
    }

    @Override
    public List<String> sourcesOf(String id) {
        try {
            return RunTable.sources(db, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read sources of " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long articleCount() {
        return ids.size();
    }

    @Override
    public List<String> search(String query, int limit) {
        indexer.await();
        try {
            return lucene.search(query, limit);
        } catch (IOException e) {
            throw new StoreException("cannot search the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            indexer.close();
        } finally {
            closeQuietly(db, lucene);
        }
    }

    private static void closeQuietly(Connection db, LuceneIndex lucene) {
        try {
            if (lucene != null) {
                lucene.close();
            }
        } catch (IOException ignored) {
            // Closing after a failure or at exit: nothing more to do.
        }
        try {
            if (db != null) {
                db.close();
            }
        } catch (SQLException ignored) {
            // As above.
        }
    }
}
