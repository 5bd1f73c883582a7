package org.echotrace.store;

import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.CleanArticle;
import org.echotrace.pipeline.Problem;
import org.echotrace.pipeline.RunSummary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where analyzed articles live. Writes are atomic per batch and idempotent: an article already
 * stored is never stored again, so a run that was killed can simply be run again.
 */
public interface ArticleStore extends AutoCloseable {

    /** An article seen at a source during a run (new or already stored). */
    record Sighting(String articleId, String source) {
    }

    /** Ids of every stored article. */
    Set<String> knownIds();

    /** For each of these line keys, the number of stored articles containing that line. */
    Map<Long, Integer> lineCounts(Set<Long> keys);

    /** Starts a run and returns its id. */
    long beginRun(String command);

    /**
     * Stores a batch in one transaction: the articles not yet stored (others are skipped), their
     * segments, findings (claims, entities, places, events, techniques) and line keys, and every
     * sighting. Returns how many articles were new.
     */
    int add(long runId, List<AnalyzedArticle> articles, List<Sighting> sightings);

    void recordProblems(long runId, List<Problem> problems);

    void finishRun(long runId, RunSummary summary);

    /** Every stored article, in arrival order. */
    void forEachArticle(Consumer<CleanArticle> action);

    Optional<CleanArticle> findArticle(String id);

    /** Every stored article with its findings (sentences are not stored), in arrival order. */
    void forEachAnalyzed(Consumer<AnalyzedArticle> action);

    Optional<AnalyzedArticle> findAnalyzed(String id);

    /** Every source path an article was seen at, sorted. */
    List<String> sourcesOf(String id);

    long articleCount();

    /** Ids of the articles best matching a full-text query, best first. */
    List<String> search(String query, int limit);

    @Override
    void close();
}
