package org.echotrace.cli;

import org.echotrace.clean.LineProfile;
import org.echotrace.extract.DateOrders;
import org.echotrace.eval.PlaceFocusEvaluation;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.pipeline.Rejected;
import org.echotrace.pipeline.StageClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code echotrace eval places}: FA-KES articles' focus governorate against the dataset's incident location. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Each FA-KES article's focus place (the governorate its place names weigh most in) against the dataset's location, beside the first and the most named governorate; accuracy.")
final class EvalPlacesCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The fa-kes folder (FA-KES-Dataset.csv).")
    Path data;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every article whose focus misses its location: row, location, focus, title.")
    Path errors;

    @Override
    public Integer call() throws IOException {
        return EvalCommand.print(data, (d, log) -> PlaceFocusEvaluation.run(d, EvalPlacesCommand::analyze,
                java.util.Optional.ofNullable(errors), log));
    }

    /** The articles through the whole pipeline, as {@code analyze} runs it (the corpus's line profile and date orders first). */
    static List<AnalyzedArticle> analyze(List<RawArticle> articles) {
        LineProfile profile = LineProfile.EMPTY.plus(articles.stream().map(RawArticle::text).toList());
        DateOrders.Tally dates = new DateOrders.Tally();
        articles.forEach(dates::add);
        ArticlePipeline pipeline = new ArticlePipeline(profile, dates.orders(), new StageClock());
        return articles.parallelStream().map(a -> {
            try {
                return pipeline.analyze(a);
            } catch (Rejected e) {
                return null;
            }
        }).toList();
    }
}
