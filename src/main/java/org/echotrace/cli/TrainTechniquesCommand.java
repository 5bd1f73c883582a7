package org.echotrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.echotrace.extract.technique.LabelledArticle;
import org.echotrace.extract.technique.PtcCorpusReader;
import org.echotrace.extract.technique.TechniqueModel;
import org.echotrace.extract.technique.TechniqueTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code echotrace train techniques}: trains the propaganda span tagger and technique classifier on
 * a SemEval-2020 Task 11 training folder and writes the model the jar ships.
 */
@Command(name = "techniques", mixinStandardHelpOptions = true,
        description = "Trains the propaganda technique models (span tagger and classifier) on the CPU, deterministically.")
final class TrainTechniquesCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "A folder in the SemEval-2020 Task 11 layout (train-articles/, *SI*.labels, *TC*.labels).")
    Path data;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the training order (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Model file to write (default: the shipped one under src/main/resources).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path target = out != null ? out
                : Path.of(System.getProperty("echotrace.home", ".")).resolve("src/main/resources").resolve(TechniqueModel.RESOURCE);
        long t0 = System.nanoTime();
        List<LabelledArticle> articles;
        try {
            articles = PtcCorpusReader.read(data);
        } catch (IllegalArgumentException e) {
            System.err.println("echotrace: " + e.getMessage());
            return 2;
        }
        System.err.printf(Locale.ROOT, "read and annotated %d articles in %.1f s%n", articles.size(), (System.nanoTime() - t0) / 1e9);
        TechniqueModel model = TechniqueTrainer.train(articles, TechniqueTrainer.Settings.DEFAULTS, seed);
        model.write(target);
        System.err.printf(Locale.ROOT, "wrote %s (%.1f MB) in %.1f s%n", target, Files.size(target) / 1e6, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
