package org.echotrace.cli;

import org.echotrace.cluster.DetailSplit;
import org.echotrace.cluster.StorySplit;
import org.echotrace.eval.ClusteringEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code echotrace eval clustering}: ECB+ documents into their seminal events, B-cubed. */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = "Clusters the documents of ECB+ splits into their events (topic and sub-topic) with the narrative clusterer and the story split; B-cubed P/R/F1.")
final class ClusteringEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The ecbplus folder (ECB+/<topic>/*.xml).")
    Path data;

    @Option(names = "--split", split = ",", paramLabel = "NAME", defaultValue = "train,dev",
            description = "train, dev or both (default: ${DEFAULT-VALUE}); each split is clustered on its own.")
    List<String> splits;

    @Option(names = "--threshold", paramLabel = "COS", description = "Mean cosine to join (default: the one tuned on train).")
    Double threshold;

    @Option(names = "--no-split", description = "Skip the second stage: the first stage's groups alone.")
    boolean noSplit;

    @Option(names = "--detail-split", description = "As the second stage, the earlier detail split (groups whose documents disagree on details cut in two) instead of the story split.")
    boolean detailSplit;

    @Option(names = "--story-threshold", paramLabel = "COS", description = "The story split's centred cosine for one story (default: ${DEFAULT-VALUE}, chosen on train).",
            defaultValue = "0.05")
    double storyThreshold;

    @Option(names = "--story-min", paramLabel = "N", description = "The fewest documents a story holds (default: ${DEFAULT-VALUE}, chosen on train).",
            defaultValue = "6")
    int storyMin;

    @Override
    public Integer call() throws IOException {
        requireEcbSplits(splits, this);
        double t = threshold == null ? ClusteringEvaluation.THRESHOLD : threshold;
        if (noSplit && detailSplit) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--no-split or --detail-split, not both");
        }
        Optional<StorySplit.Settings> stories = noSplit || detailSplit ? Optional.empty()
                : Optional.of(new StorySplit.Settings(storyMin, storyThreshold));
        return EvalCommand.print(data, (d, log) -> ClusteringEvaluation.run(d, splits, t,
                detailSplit ? Optional.of(DetailSplit.Settings.DEFAULT) : Optional.empty(), stories, log));
    }

    /** Refuses, as a usage error of {@code command}, a split ECB+ does not have. */
    static void requireEcbSplits(List<String> splits, Object command) {
        for (String s : splits) {
            if (!s.equals("train") && !s.equals("dev")) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(command),
                        "unknown split '" + s + "' (expected train or dev)");
            }
        }
    }
}
