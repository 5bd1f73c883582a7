package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/** Runs the date and metadata evaluations on the shared sets, when they are there. */
class DateEvaluationTest {
    private static Path shared(String name) {
        Path dir = Path.of("..", "shared", "data", name);
        if (!Files.isDirectory(dir)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but the evaluation set " + dir.toAbsolutePath() + " is missing");
            }
            assumeTrue(false, "evaluation set " + dir.toAbsolutePath() + " is not here; skipped");
        }
        return dir;
    }

    @Test
    void scoresTheHtmldateSetWithoutLosingAPage() {
        LinkedHashMap<String, Object> m = DateEvaluation.run(shared("htmldate-eval"), new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(800, m.get("pages"));
        assertEquals(0, m.get("unreadable_pages"));
        assertTrue((double) m.get("f_score") > 0.9, () -> "date F fell: " + m);
    }
}
