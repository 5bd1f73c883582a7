package org.echotrace.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.Sentence;
import org.echotrace.model.Token;
import org.junit.jupiter.api.Test;

class SentenceAnnotatorTest {
    private static final SentenceAnnotator ANNOTATOR = new SentenceAnnotator();

    private static AnalyzedArticle article(String text, Segment... body) {
        RawArticle raw = new RawArticle("t", "t.txt", text, "UTF-8", List.of());
        return AnalyzedArticle.of(new CleanArticle(raw, List.of(body), ArticleMetadata.EMPTY));
    }

    @Test
    void sentencesAndTokensPointIntoTheOriginalText() {
        String text = "Share 12\nThe ministry said on Monday that militants attacked Homs. Maj. Gen. Igor Konashenkov added details.\n\nSecond paragraph here.";
        int p1 = text.indexOf("The ministry");
        int p1End = text.indexOf("\n\n");
        int p2 = text.indexOf("Second");
        AnalyzedArticle a = ANNOTATOR.apply(article(text,
                new Segment(SegmentKind.SHARE_COUNTER, 0, 8),
                new Segment(SegmentKind.BODY, p1, p1End),
                new Segment(SegmentKind.BODY, p2, text.length())));
        List<Sentence> s = a.sentences();
        assertEquals(3, s.size(), s.toString());
        assertEquals("The ministry said on Monday that militants attacked Homs.", s.get(0).textOf(text));
        assertEquals("Maj. Gen. Igor Konashenkov added details.", s.get(1).textOf(text));
        assertEquals(1, s.get(2).paragraph());
        for (Sentence sentence : s) {
            for (Token t : sentence.tokens()) {
                assertEquals(t.text(), t.span().textOf(text));
            }
        }
        Token said = s.get(0).tokens().get(2);
        assertEquals("said", said.text());
        assertEquals("VERB", said.pos());
        assertTrue(s.get(1).tokens().stream().anyMatch(t -> t.text().equals("Konashenkov") && t.pos().equals("PROPN")));
    }

    @Test
    void furnitureIsNeverAnnotated() {
        String text = "Subscribe to our newsletter now.";
        AnalyzedArticle a = ANNOTATOR.apply(article(text, new Segment(SegmentKind.NEWSLETTER, 0, text.length())));
        assertTrue(a.sentences().isEmpty());
    }

    @Test
    void aBlobWithNoSpaceIsOneTokenAndTheWordsAroundItAreTokenizedAsBefore() {
        String blob = "iVBORw0KGgo+AAAA/" .repeat(200);
        String words = "The ministry said, on Monday, that militants attacked Homs.";
        String text = words + " " + blob + " " + words;
        List<Sentence> plain = ANNOTATOR.annotateLines(words);
        List<org.echotrace.model.Token> tokens = ANNOTATOR.annotateLines(text).stream()
                .flatMap(s -> s.tokens().stream()).toList();
        int n = plain.get(0).tokens().size();
        assertEquals(2 * n + 1, tokens.size());
        org.echotrace.model.Token middle = tokens.get(n);
        assertEquals(blob, middle.text());
        assertEquals(text.indexOf(blob), middle.start());
        for (int i = 0; i < n; i++) {
            org.echotrace.model.Token before = plain.get(0).tokens().get(i);
            assertEquals(before.text(), tokens.get(i).text());
            assertEquals(before.text(), tokens.get(n + 1 + i).text());
            assertEquals(before.start() + words.length() + blob.length() + 2, tokens.get(n + 1 + i).start());
        }
    }
}
