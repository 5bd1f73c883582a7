package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.Attribution;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionTrainerTest {
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();
    /** Source, cue and content of each training sentence, in order: "[S] [C] [T]." */
    private static final String[][] TRAIN = {
        {"Analysts", "believe", "that prices will rise"},
        {"The mayor", "hopes", "that the bridge reopens soon"},
        {"Most voters", "believe", "that the economy is rigged"},
        {"The governor", "hopes", "that the schools stay open"},
        {"Critics", "believe", "that the plan will fail"},
    };

    private static AnalyzedArticle article(String text) {
        List<Segment> body = List.of(new Segment(SegmentKind.BODY, 0, text.length()));
        CleanArticle clean = new CleanArticle(new RawArticle("t", "t.txt", text, "UTF-8", List.of()), body, ArticleMetadata.EMPTY);
        return SENTENCES.apply(AnalyzedArticle.of(clean));
    }

    private static LabelledArticle labelled() {
        StringBuilder text = new StringBuilder();
        List<GoldAttribution> gold = new ArrayList<>();
        for (String[] s : TRAIN) {
            int src = text.length();
            text.append(s[0]).append(' ');
            int cue = text.length();
            text.append(s[1]).append(' ');
            int content = text.length();
            text.append(s[2]).append(". The weather was mild. ");
            gold.add(new GoldAttribution(Optional.of(List.of(new TextSpan(src, src + s[0].length()))),
                    List.of(new TextSpan(cue, cue + s[1].length())), List.of(new TextSpan(content, content + s[2].length()))));
        }
        return new LabelledArticle(article(text.toString().strip()), gold);
    }

    @Test
    void aModelLearnedFromAnnotationsFindsTheSameKindOfCueInNewText() {
        AttributionModel model = AttributionTrainer.train(List.of(labelled()), new AttributionTrainer.Options(10, 1), System.err);
        String text = "Economists believe that rates will fall.";
        List<Attribution> found = new ClaimExtractor(model).attributions(article(text));
        assertEquals(1, found.size(), found.toString());
        Attribution a = found.get(0);
        assertEquals("believe", a.cue().textOf(text));
        assertEquals("Economists", a.source().orElseThrow().textOf(text));
        assertTrue(a.content().get(0).textOf(text).contains("rates will fall"), a.content().toString());
    }

    @Test
    void theSameDataAndSeedGiveTheSameModelFile(@TempDir Path tmp) throws Exception {
        LabelledArticle data = labelled();
        Path a = tmp.resolve("a.bin.gz");
        Path b = tmp.resolve("b.bin.gz");
        AttributionTrainer.train(List.of(data), new AttributionTrainer.Options(3, 7), System.err).write(a);
        AttributionTrainer.train(List.of(data), new AttributionTrainer.Options(3, 7), System.err).write(b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        AttributionModel back = AttributionModel.read(a);
        String text = "Critics believe that the plan will fail.";
        assertEquals(new ClaimExtractor(AttributionTrainer.train(List.of(data), new AttributionTrainer.Options(3, 7), System.err))
                .attributions(article(text)), new ClaimExtractor(back).attributions(article(text)));
    }

    @Test
    void aCueWordNeverSeenInTrainingIsFoundThroughItsWordVector() {
        // "surmise" never occurs in the training text; its vector lies where "believe" and "hopes" do.
        Map<String, float[]> vectors = new TreeMap<>();
        for (String cue : List.of("believe", "hopes", "surmise")) {
            vectors.put(cue, new float[] {1, 0});
        }
        for (String other : List.of("analysts", "prices", "will", "rise", "mayor", "bridge", "reopens", "voters", "economy",
                "governor", "schools", "critics", "plan", "fail", "weather", "mild", "economists", "rates", "fall")) {
            vectors.put(other, new float[] {0, 1});
        }
        LabelledArticle data = labelled();
        String text = "Economists surmise that rates will fall.";
        AttributionModel with = AttributionTrainer.train(List.of(data), new AttributionTrainer.Options(10, 1, 1.0, 1, null), vectors, System.err);
        List<Attribution> found = new ClaimExtractor(with).attributions(article(text));
        assertEquals(List.of("surmise"), found.stream().map(a -> a.cue().textOf(text)).toList());
        assertEquals(22, with.words());
    }

    @Test
    void theWordScoresSurviveTheModelFile(@TempDir Path tmp) throws Exception {
        Map<String, float[]> vectors = new TreeMap<>(Map.of("believe", new float[] {1, 0}, "hopes", new float[] {1, 0},
                "surmise", new float[] {1, 0}, "weather", new float[] {0, 1}));
        AttributionModel model = AttributionTrainer.train(List.of(labelled()), new AttributionTrainer.Options(5, 3, 1.0, 3, null), vectors, System.err);
        Path file = tmp.resolve("m.bin.gz");
        model.write(file);
        AttributionModel back = AttributionModel.read(file);
        assertEquals(4, back.words());
        String text = "Economists surmise that rates will fall. The weather was mild.";
        assertEquals(new ClaimExtractor(model).attributions(article(text)), new ClaimExtractor(back).attributions(article(text)));
    }

    @Test
    void theMeanOfModelsScoresAsTheirAverageOverTheUnionOfTheirWords() {
        Map<String, float[]> few = new TreeMap<>(Map.of("believe", new float[] {1, 0}, "hopes", new float[] {1, 0},
                "surmise", new float[] {1, 0}, "weather", new float[] {0, 1}));
        Map<String, float[]> more = new TreeMap<>(few);
        more.put("economists", new float[] {0, 1});
        more.put("critics", new float[] {0, 1});
        LabelledArticle data = labelled();
        AttributionModel a = AttributionTrainer.train(List.of(data), new AttributionTrainer.Options(10, 1, 1.0, 1, null), few, System.err);
        AttributionModel b = AttributionTrainer.train(List.of(data), new AttributionTrainer.Options(10, 2, 1.0, 1, null), more, System.err);
        String text = "Economists surmise that rates will fall. Critics believe that the plan will fail.";
        // Averaging a model with itself changes no weight, so nothing it finds.
        assertEquals(new ClaimExtractor(a).attributions(article(text)),
                new ClaimExtractor(AttributionModel.mean(List.of(a, a))).attributions(article(text)));
        AttributionModel both = AttributionModel.mean(List.of(a, b));
        assertEquals(6, both.words());
        assertEquals(List.of("surmise", "believe"),
                new ClaimExtractor(both).attributions(article(text)).stream().map(x -> x.cue().textOf(text)).toList());
    }
}
