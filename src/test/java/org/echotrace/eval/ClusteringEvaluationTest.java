package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echotrace.cluster.StorySplit;
import org.junit.jupiter.api.Test;

class ClusteringEvaluationTest {
    private static final Path DATA = Path.of("..", "shared", "data", "ecbplus");

    private static Path expectData() {
        if (!Files.isDirectory(DATA.resolve("ECB+"))) {
            String reason = "ECB+ not found at " + DATA.toAbsolutePath().normalize() + " (the shared folder must sit beside the project)";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        return DATA;
    }

    @SuppressWarnings("unchecked")
    private static double eventsF1(Optional<StorySplit.Settings> stories) {
        Map<String, Object> out = ClusteringEvaluation.run(expectData(), List.of("dev"), ClusteringEvaluation.THRESHOLD,
                Optional.empty(), stories, new PrintStream(OutputStream.nullOutputStream()));
        Map<String, Object> dev = (Map<String, Object>) out.get("dev");
        assertEquals(1.0, (double) dev.get("topics_bcubed_p"), "no cluster mixes two topics");
        return (double) dev.get("events_bcubed_f1");
    }

    @Test
    void theStorySplitTellsApartTheTwoEventsOfADevTopicThatTheFirstStageJoins() {
        double first = eventsF1(Optional.empty());
        double split = eventsF1(Optional.of(new StorySplit.Settings(6, 0.05)));
        assertTrue(split > first + 0.05, "story split " + split + " against the first stage alone " + first);
    }
}
