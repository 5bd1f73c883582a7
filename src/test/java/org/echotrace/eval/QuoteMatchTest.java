package org.echotrace.eval;

import org.echotrace.eval.QuoteMatch.Quote;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteMatchTest {
    private static Quote quote(int b, int e, int sb, int se) {
        return new Quote(new TextSpan(b, e), sb < 0 ? Optional.empty() : Optional.of(new TextSpan(sb, se)));
    }

    @Test
    void aQuoteOverlappingTheGoldContentCountsOnceAndItsSpeakerSeparately() {
        QuoteMatch m = new QuoteMatch();
        // Two gold quotes; the first found with the right speaker, the second with a wrong one,
        // and a scare quote the annotators never marked.
        m.add(List.of(quote(10, 40, 0, 5), quote(60, 90, 95, 99), quote(120, 130, -1, -1)),
                List.of(quote(11, 39, 1, 4), quote(61, 89, 45, 50)));
        Map<String, Object> r = m.metrics();
        assertEquals(0.667, r.get("quote_p"));
        assertEquals(1.0, r.get("quote_r"));
        assertEquals(0.333, r.get("quote_and_speaker_p"));
        assertEquals(0.5, r.get("quote_and_speaker_r"));
        assertEquals(0.5, r.get("speaker_right_of_matched"));
    }

    @Test
    void oneGoldQuoteIsMatchedByOnePredictedQuoteOnly() {
        QuoteMatch m = new QuoteMatch();
        m.add(List.of(quote(10, 20, -1, -1), quote(15, 30, -1, -1)), List.of(quote(12, 28, -1, -1)));
        Map<String, Object> r = m.metrics();
        assertEquals(0.5, r.get("quote_p"));
        assertEquals(1.0, r.get("quote_r"));
        assertEquals(1.0, r.get("speaker_right_of_matched"), "no speaker on either side is right");
    }

    @Test
    void aBrokenLineOfThePredictionsIsReportedWithItsNumberAndTheRestIsRead() throws Exception {
        Path f = Files.createTempFile("quotes", ".tsv");
        Files.writeString(f, "art\t10\t40\t0\t5\tThe minister\nart\tten\t40\t-1\t-1\t\n\nart\t50\t60\t-1\t-1\t\n");
        List<String> problems = new ArrayList<>();
        Map<String, List<Quote>> read = QuoteBaselineEvaluation.read(f, problems);
        assertEquals(2, read.get("art").size());
        assertEquals(Optional.empty(), read.get("art").get(1).speaker());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("#2"), problems.get(0));
        Files.delete(f);
    }
}
