package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotesTest {
    @Test
    void twoApostrophesOpenAndCloseAQuotation() {
        String text = "''We won,'' she said. It's 'fine'.";
        List<Quotes.Quote> q = Quotes.find(text, List.of(new Segment(SegmentKind.BODY, 0, text.length())));
        assertEquals(1, q.size(), q.toString());
        assertEquals(new TextSpan(0, 11), q.get(0).extent());
    }

    @Test
    void aStraightQuoteLeftOpenContinuesInAParagraphOpeningWithAQuoteMark() {
        String text = "\"First part of it.\n\"Second part,\" he said.";
        List<Segment> body = List.of(new Segment(SegmentKind.BODY, 0, 18), new Segment(SegmentKind.BODY, 19, text.length()));
        List<Quotes.Quote> q = Quotes.find(text, body);
        assertEquals(1, q.size(), q.toString());
        assertEquals(2, q.get(0).parts().size());
    }

    /** One paragraph's one quotation: the text before the signature or the cue, marks included. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "”Fear. I am truly afraid that he will win.” ― Edwin Monroy|' ―'",
        "“I’d rather live in what he calls “hell” than live where he rules.” ― Adriana Rodarte|' ―'",
        "“We were told nothing. “We waited,” she said.|' she'",
    })
    void aClosingMarkOpensAParagraphsQuotationAndAQuoteInsideOneKeepsItOpen(String text, String after) {
        List<Quotes.Quote> q = Quotes.find(text, List.of(new Segment(SegmentKind.BODY, 0, text.length())));
        assertEquals(1, q.size(), q.toString());
        assertEquals(new TextSpan(0, text.indexOf(after)), q.get(0).extent());
    }
}
