package org.echotrace.cli;

import org.echotrace.cluster.NarrativeClusterer;
import org.echotrace.cluster.NarrativeTracker;
import org.echotrace.cluster.StorySplit;
import org.echotrace.eval.NarrativeClusteringEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code echotrace eval narrative-clustering}: the claims of ECB+ documents into narratives, B-cubed by document. */
@Command(name = "narrative-clustering", mixinStandardHelpOptions = true,
        description = "Extracts the claims of ECB+ documents, groups them into narratives as analyze does, places each document in its main narrative and scores B-cubed P/R/F1 against the gold events.")
final class NarrativeClusteringEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The ecbplus folder (ECB+/<topic>/*.xml).")
    Path data;

    @Option(names = "--split", split = ",", paramLabel = "NAME", defaultValue = "train,dev",
            description = "train, dev or both (default: ${DEFAULT-VALUE}); each split is grouped on its own.")
    List<String> splits;

    @Option(names = "--threshold", paramLabel = "COS", description = "Mean cosine to join (default: the narrative step's).")
    Double threshold;

    @Option(names = "--context", paramLabel = "W", description = "Weight of the article context (default: the narrative step's; 0: none).")
    Double context;

    @Option(names = "--story-threshold", paramLabel = "COS",
            description = "Mean cosine for the articles of a broad narrative, its topic taken out, to be one story (default: the narrative step's).")
    Double storyThreshold;

    @Option(names = "--no-story-split", description = "Leave narratives that are too broad as they are (the narrative step before the story split).")
    boolean noStorySplit;

    @Option(names = "--whole", description = "Every sentence of each document, not only those ECB+ annotates (longer, noisier articles).")
    boolean whole;

    @Override
    public Integer call() throws IOException {
        ClusteringEvalCommand.requireEcbSplits(splits, this);
        double t = threshold == null ? NarrativeClusterer.Settings.CLAIMS.threshold() : threshold;
        double w = context == null ? NarrativeTracker.CONTEXT : context;
        StorySplit.Settings st = StorySplit.Settings.DEFAULT;
        Optional<StorySplit.Settings> stories = noStorySplit ? Optional.empty()
                : Optional.of(new StorySplit.Settings(st.minArticles(), storyThreshold == null ? st.threshold() : storyThreshold));
        return EvalCommand.print(data, (d, log) -> NarrativeClusteringEvaluation.run(d, splits, t, w, stories, whole, log));
    }
}
