package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionEvaluationTest {
    private static final String TEXT = "Talks stall\n\nThe ministry said that the dam talks had stalled.\n\n"
            + "\"We will not sign,\" the envoy said.\n";

    @Test
    void scoresAFolderInPolnearsLayoutAgainstItsFirstAnnotator(@TempDir Path tmp) throws Exception {
        Path dev = tmp.resolve("dev");
        Files.createDirectories(dev.resolve("text"));
        Files.createDirectories(dev.resolve("attributions"));
        Files.writeString(dev.resolve("text/a.txt"), TEXT);
        int src = TEXT.indexOf("The ministry");
        int cue = TEXT.indexOf("said that");
        int content = TEXT.indexOf("that the dam");
        int contentEnd = TEXT.indexOf("stalled.") + "stalled".length();
        String first = "T1\tSource " + src + " " + (src + 12) + "\tThe ministry\n"
                + "T2\tCue " + cue + " " + (cue + 4) + "\tsaid\n"
                + "T3\tContent " + content + " " + contentEnd + "\tx\n"
                + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
        Files.writeString(dev.resolve("attributions/a_1.ann"), first);
        Files.writeString(dev.resolve("attributions/a_2.ann"), "");
        Map<String, Object> m = AttributionEvaluation.run(tmp, "dev", new PrintStream(new ByteArrayOutputStream()));
        assertEquals(1, m.get("articles"));
        @SuppressWarnings("unchecked")
        Map<String, Object> rel = (Map<String, Object>) m.get("relation_overlap");
        assertEquals(1L, rel.get("gold"), "the first annotator's file is the gold");
        assertEquals(1.0, (double) rel.get("r"), 1e-9, "the ministry's statement is found: " + rel);
        assertTrue((long) rel.get("predicted") >= 2, "the envoy's quote is a prediction the first file lacks: " + rel);
        @SuppressWarnings("unchecked")
        Map<String, Object> every = (Map<String, Object>) m.get("relation_overlap_every_annotator");
        assertEquals(1L, every.get("gold"), "the second annotator marked nothing");
    }

    @Test
    void crossValidationScoresEachArticleWithAModelThatNeverSawIt(@TempDir Path tmp) throws Exception {
        // "reckons" is in no rule's lexicon: only a model learned from the other fold can find it.
        String[] names = {"Smith", "Jones", "Brown", "Patel"};
        Path train = tmp.resolve("train");
        Files.createDirectories(train.resolve("text"));
        Files.createDirectories(train.resolve("attributions"));
        for (int i = 0; i < names.length; i++) {
            String text = names[i] + " reckons that the vote will be close.\n\nThe weather was mild.\n";
            Files.writeString(train.resolve("text/a" + i + ".txt"), text);
            int cue = text.indexOf("reckons");
            Files.writeString(train.resolve("attributions/a" + i + "_1.ann"),
                    "T1\tSource 0 " + names[i].length() + "\tx\nT2\tCue " + cue + " " + (cue + 7) + "\treckons\n"
                    + "T3\tContent " + (cue + 8) + " " + text.indexOf('.') + "\tx\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n");
        }
        Map<String, Object> m = AttributionEvaluation.run(tmp, "train", 2, 1, new PrintStream(new ByteArrayOutputStream()));
        assertEquals("2-fold cross-validation on this split, seed 1, relation scorer learned on the other folds' candidates", m.get("model"));
        @SuppressWarnings("unchecked")
        Map<String, Object> rel = (Map<String, Object>) m.get("relation_overlap");
        assertEquals(4L, rel.get("gold"));
        assertEquals(1.0, (double) rel.get("r"), 1e-9, "each fold's model learned the cue from the other fold: " + rel);
    }

    @Test
    void aFolderOfAnotherLayoutIsRefusedWithWhatWasExpected(@TempDir Path tmp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttributionEvaluation.run(tmp, "dev", System.err));
        assertTrue(e.getMessage().contains("PolNeAR's layout"), e.getMessage());
    }
}
