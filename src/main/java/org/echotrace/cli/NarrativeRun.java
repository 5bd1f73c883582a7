package org.echotrace.cli;

import org.echotrace.cluster.ClaimPoint;
import org.echotrace.cluster.DuplicateFinder;
import org.echotrace.cluster.NarrativeClusterer;
import org.echotrace.cluster.NarrativeTracker;
import org.echotrace.cluster.NarrativeUpdate;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.store.ClaimVectorCache;
import org.echotrace.store.DuplicateTable;
import org.echotrace.store.NarrativeTable;

import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The narrative step of a run, over a store's connection: claim vectors through the cache, then
 * the tracker from the stored state and overrides, then the new state, narratives and lineage
 * stored, and the near-duplicate pairs of all claims ({@link DuplicateFinder}) in place of the
 * previous run's. Called after analyze with every claim of the store (not only the new ones).
 */
public final class NarrativeRun {
    private NarrativeRun() {
    }

    /** The sentence vector of each text: cached ones read, the others embedded in batches and cached. */
    public static Map<String, float[]> vectors(Connection connection, Collection<String> texts) {
        return new ClaimVectorCache(connection).vectors(SentenceEmbedder.MODEL, texts, t -> SentenceEmbedder.get().embed(t));
    }

    /** Updates the stored narratives with all claims of the corpus now; returns what the run produced. */
    public static NarrativeUpdate update(Connection connection, List<ClaimPoint> claims) {
        NarrativeTable table = new NarrativeTable(connection).create();
        NarrativeUpdate update = new NarrativeTracker(NarrativeClusterer.Settings.CLAIMS)
                .update(table.loadState(), claims, table.overrides());
        table.save(update);
        new DuplicateTable(connection).create().replace(new DuplicateFinder(DuplicateFinder.Settings.DEFAULT).find(claims));
        return update;
    }
}
