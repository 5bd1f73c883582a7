package org.echotrace.extract.technique;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.echotrace.model.Sentence;
import org.echotrace.model.Technique;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;
import org.junit.jupiter.api.Test;

class SpanFeaturesTest {
    private static final String TEXT = "They indoctrinated our children . The indoctrination goes on . Stop the indoctrination now";

    /** One sentence per " . ", tokens split on spaces, every tag NOUN. */
    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        List<Token> toks = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    toks.add(new Token(new TextSpan(start, i), text.substring(start, i), "NOUN"));
                }
                start = i + 1;
                boolean end = i == text.length() || !toks.isEmpty() && toks.get(toks.size() - 1).text().equals(".");
                if (end && !toks.isEmpty()) {
                    out.add(new Sentence(out.size(), 0, new TextSpan(toks.get(0).start(), toks.get(toks.size() - 1).end()), toks));
                    toks = new ArrayList<>();
                }
            }
        }
        return out;
    }

    private static TextSpan span(String phrase, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = TEXT.indexOf(phrase, at + 1);
        }
        return new TextSpan(at, at + phrase.length());
    }

    private static List<String> features(TextSpan span, List<TextSpan> others) {
        List<Sentence> s = sentences(TEXT);
        return List.of(SpanFeatures.of(TEXT, span, s, new ArticleWords(TEXT, s), others));
    }

    @Test
    void aWordRepeatedInAnotherFormCountsThroughItsStem() {
        List<String> f = features(span("indoctrinated", 0), List.of());
        assertTrue(f.contains("smax=3+"), f.toString());
        assertTrue(f.contains("sshare=all"), f.toString());
        assertTrue(f.contains("rep=1"), "the exact word occurs once: " + f);
    }

    @Test
    void otherFragmentsReadingTheSameAreCountedButTheFragmentItselfIsNot() {
        TextSpan first = span("indoctrination", 0);
        TextSpan second = span("indoctrination", 1);
        TextSpan other = span("children", 0);
        assertTrue(features(first, List.of(first, second, other)).contains("same=1"));
        assertTrue(features(first, List.of(first, other)).contains("same=0"));
    }

    @Test
    void wordsAroundTheFragmentAreAContextBagAndNoPlainFeature() {
        List<String> f = features(span("indoctrinated", 0), List.of());
        assertTrue(f.contains(SpanFeatures.CONTEXT + "children"), f.toString());
        assertTrue(f.contains(SpanFeatures.CONTEXT + "they"), f.toString());
        assertFalse(f.contains(SpanFeatures.CONTEXT + "stop"), "another sentence's word: " + f);
        assertFalse(f.contains(SpanFeatures.WORD + "children"), f.toString());
    }

    @Test
    void contextWordsReachTheClassifierOnlyThroughTheirVectors() {
        List<String[]> examples = List.of(new String[] {"b", "u=vile", SpanFeatures.CONTEXT + "alpha"},
                new String[] {"b", "u=because", SpanFeatures.CONTEXT + "beta"});
        List<Technique> labels = List.of(Technique.LOADED_LANGUAGE, Technique.CAUSAL_OVERSIMPLIFICATION);
        Map<String, float[]> vectors = new TreeMap<>(Map.of("vile", new float[384], "because", new float[384],
                "alpha", new float[384], "beta", new float[384]));
        vectors.get("alpha")[0] = 1;
        vectors.get("beta")[1] = 1;
        TechniqueClassifier withoutContext = TechniqueClassifier.train(examples, labels, vectors,
                List.of(SpanFeatures.WORD, SpanFeatures.CONTEXT), new double[] {1, 0}, 5, 1e-4, 1, 1, 3);
        double[] a = withoutContext.probabilities(new String[] {"b", SpanFeatures.CONTEXT + "alpha"});
        double[] b = withoutContext.probabilities(new String[] {"b", SpanFeatures.CONTEXT + "beta"});
        assertArrayEquals(a, b, 1e-12);
        TechniqueClassifier withContext = TechniqueClassifier.train(examples, labels, vectors,
                List.of(SpanFeatures.WORD, SpanFeatures.CONTEXT), new double[] {1, 2}, 5, 1e-4, 1, 1, 3);
        double[] c = withContext.probabilities(new String[] {"b", SpanFeatures.CONTEXT + "alpha"});
        assertEquals(Technique.LOADED_LANGUAGE.ordinal(), TechniqueExtractor.argmax(c));
    }
}
