package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationScorerTrainingTest {
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();
    private static final String[] SOURCES = {"Analysts", "The mayor", "Most voters", "The governor", "Critics", "Economists"};
    private static final String[] CUES = {"believe", "hopes", "think", "expects", "believe", "fear"};

    /** Article {@code n}: three annotated beliefs and a sentence with none. */
    private static LabelledArticle article(int n) {
        StringBuilder text = new StringBuilder();
        List<GoldAttribution> gold = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            String source = SOURCES[(n + k) % SOURCES.length];
            String cue = CUES[(n + 2 * k) % CUES.length];
            int s = text.length();
            text.append(source).append(' ');
            int c = text.length();
            text.append(cue).append(' ');
            int t = text.length();
            String content = "that the plan number " + (n * 3 + k) + " will fail";
            text.append(content).append(". The weather was mild on day ").append(n + k).append(". ");
            gold.add(new GoldAttribution(Optional.of(List.of(new TextSpan(s, s + source.length()))),
                    List.of(new TextSpan(c, c + cue.length())), List.of(new TextSpan(t, t + content.length()))));
        }
        String body = text.toString().strip();
        CleanArticle clean = new CleanArticle(new RawArticle("a" + n, "a" + n + ".txt", body, "UTF-8", List.of()),
                List.of(new Segment(SegmentKind.BODY, 0, body.length())), ArticleMetadata.EMPTY);
        return new LabelledArticle(SENTENCES.apply(AnalyzedArticle.of(clean)), gold);
    }

    private static List<LabelledArticle> data() {
        List<LabelledArticle> out = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            out.add(article(n));
        }
        return out;
    }

    @Test
    void everyArticleFallsInOneFoldAndTheFoldsAreEven() {
        int[] folds = RelationScorerTraining.folds(23, 5, 7);
        int[] sizes = new int[5];
        for (int f : folds) {
            sizes[f]++;
        }
        assertEquals(23, Arrays.stream(sizes).sum());
        assertTrue(Arrays.stream(sizes).allMatch(s -> s == 4 || s == 5), Arrays.toString(sizes));
        assertArrayEquals(folds, RelationScorerTraining.folds(23, 5, 7), "the same seed deals the same folds");
    }

    @Test
    void theSameDataAndSeedGiveTheSameModelFileWithItsScorer(@TempDir Path tmp) throws Exception {
        List<LabelledArticle> data = data();
        AttributionTrainer.Options options = new AttributionTrainer.Options(2, 7);
        AttributionModel a = RelationScorerTraining.train(data, options, null, System.err);
        assertTrue(a.scorer().active(), "the model carries a relation scorer");
        a.write(tmp.resolve("a.bin.gz"));
        // Again, through a folder of fold models written on the way: the same file.
        RelationScorerTraining.train(data, options, tmp.resolve("folds"), System.err).write(tmp.resolve("b.bin.gz"));
        RelationScorerTraining.train(data, options, tmp.resolve("folds"), System.err).write(tmp.resolve("c.bin.gz"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.bin.gz")), Files.readAllBytes(tmp.resolve("b.bin.gz")));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.bin.gz")), Files.readAllBytes(tmp.resolve("c.bin.gz")));
        AttributionModel back = AttributionModel.read(tmp.resolve("a.bin.gz"));
        assertEquals(a.scorer().threshold(), back.scorer().threshold());
        AnalyzedArticle fresh = article(11).article();
        assertEquals(new ClaimExtractor(a).attributions(fresh), new ClaimExtractor(back).attributions(fresh));
    }

    @Test
    void theScorersThresholdDecidesWhichCandidatesStay() {
        AttributionModel m = RelationScorerTraining.train(data(), new AttributionTrainer.Options(2, 7), null, System.err);
        AnalyzedArticle fresh = article(11).article();
        List<org.echotrace.model.Attribution> all = new ClaimExtractor(m.withScorer(RelationScorer.NONE)).attributions(fresh);
        assertTrue(all.size() >= 3, all.toString());
        assertEquals(all, new ClaimExtractor(m.withScorer(m.scorer().withThreshold(0))).attributions(fresh),
                "a threshold of 0 keeps every candidate");
        assertEquals(List.of(), new ClaimExtractor(m.withScorer(m.scorer().withThreshold(1))).attributions(fresh),
                "no probability reaches 1");
    }
}
