package org.echotrace.extract.technique;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.TechniqueSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TechniqueExtractorTest {
    private static final String TEXT = "The corrupt, treasonous globalist elites are lying to you again!\n"
            + "The council met on Tuesday and approved the budget for the library.";

    private static AnalyzedArticle annotated() {
        return twoLines(TEXT, SegmentKind.BODY);
    }

    /** {@code text}'s first line a segment of kind {@code first}, its second a body paragraph, with the body's sentences. */
    private static AnalyzedArticle twoLines(String text, SegmentKind first) {
        RawArticle raw = new RawArticle("t", "t.txt", text, "UTF-8", List.of());
        int nl = text.indexOf('\n');
        CleanArticle clean = new CleanArticle(raw, List.of(new Segment(first, 0, nl),
                new Segment(SegmentKind.BODY, nl + 1, text.length())), ArticleMetadata.EMPTY);
        return new SentenceAnnotator().apply(AnalyzedArticle.of(clean));
    }

    @Test
    void theShippedModelMarksLoadedWordsAndLeavesPlainReportingAlone() {
        AnalyzedArticle out = new TechniqueExtractor().apply(annotated());
        List<TechniqueSpan> found = out.techniques();
        int nl = TEXT.indexOf('\n');
        assertFalse(found.isEmpty(), "nothing found in an openly loaded sentence");
        for (TechniqueSpan t : found) {
            assertTrue(t.span().end() <= TEXT.length());
            assertTrue(t.score() > 0 && t.score() <= 1, t.toString());
        }
        assertTrue(found.stream().anyMatch(t -> t.span().end() <= nl), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.span().textOf(TEXT).contains("library")), found.toString());
    }

    @Test
    void aLoadedTitleIsReadAsTheArticlesFirstLineWhenTheStageIsGivenAnAnnotator() {
        String title = TEXT.substring(0, TEXT.indexOf('\n'));
        // The same two lines, the first one the article's title (metadata), the second its body.
        AnalyzedArticle in = twoLines(TEXT, SegmentKind.TITLE);
        TechniqueModel model = TechniqueModel.shipped();
        assertTrue(new TechniqueExtractor(model).apply(in).techniques().stream().noneMatch(t -> t.span().end() <= title.length()),
                "without an annotator the stage reads the body alone");
        List<TechniqueSpan> found = new TechniqueExtractor(model, new SentenceAnnotator()).apply(in).techniques();
        assertTrue(found.stream().anyMatch(t -> t.span().end() <= title.length()), found.toString());
        // Read so, the title and body are what the corpus's layout gives: the same spans as two body lines.
        assertEquals(new TechniqueExtractor(model).apply(annotated()).techniques(), found);
    }

    @Test
    void trainingIsDeterministicAndTheModelSurvivesAWriteAndRead(@TempDir Path dir) throws IOException {
        List<LabelledArticle> corpus = PtcCorpusReader.read(PtcCorpusReaderTest.corpus(dir));
        TechniqueTrainer.Settings small = new TechniqueTrainer.Settings(3, 3, 3, 1e-4, 1, 0f, 1f, 2, 2, 1e-4, 2, 1, 16, 3, 0.7, 3, 1.0);
        byte[] first = bytes(TechniqueTrainer.train(corpus, small, 5));
        byte[] second = bytes(TechniqueTrainer.train(corpus, small, 5));
        assertArrayEquals(first, second);
        TechniqueModel back = TechniqueModel.read(new ByteArrayInputStream(first));
        assertArrayEquals(first, bytes(back));
        assertTrue(back.classifier.network().isPresent(), "the averaging network is written and read back");
        assertFalse(back.withoutNetwork().classifier.network().isPresent());
        LabelledArticle one = corpus.get(0);
        List<double[]> p = new TechniqueExtractor(back).classify(one.text(), one.sentences(), List.of(one.gold().get(1).span()));
        assertEquals(org.echotrace.model.Technique.LOADED_LANGUAGE.ordinal(), TechniqueExtractor.argmax(p.get(0)));
    }

    private static byte[] bytes(TechniqueModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }
}
