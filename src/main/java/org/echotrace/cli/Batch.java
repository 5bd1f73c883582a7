package org.echotrace.cli;

import org.echotrace.model.AnalyzedArticle;
import org.echotrace.pipeline.Problem;
import org.echotrace.store.ArticleStore;

import java.util.List;

/**
 * One batch of a run, ready to store.
 *
 * @param files     inputs the batch covers
 * @param clean     articles new to the store, cleaned and analyzed
 * @param sightings every readable article of the batch with its source
 * @param problems  inputs rejected in this batch
 * @param unchanged articles already stored or already seen in this run
 */
record Batch(int files, List<AnalyzedArticle> clean, List<ArticleStore.Sighting> sightings, List<Problem> problems,
             int unchanged) {
}
