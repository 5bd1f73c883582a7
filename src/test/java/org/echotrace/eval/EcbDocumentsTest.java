package org.echotrace.eval;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EcbDocumentsTest {
    private static final String XML = """
            <Document doc_name="1_1ecbplus.xml" doc_id="X">
            <token t_id="1" sentence="0" number="0">http://example.org/a</token>
            <token t_id="2" sentence="1" number="0">Reid</token>
            <token t_id="3" sentence="1" number="1">checks</token>
            <token t_id="4" sentence="1" number="2">in</token>
            <token t_id="5" sentence="2" number="0">Fans</token>
            <token t_id="6" sentence="2" number="1">&amp;</token>
            <token t_id="7" sentence="2" number="2">friends</token>
            </Document>
            """;

    @Test
    void rebuildsTheTextFromTokensWithoutTheSourceAddress() {
        assertEquals("Reid checks in Fans & friends", EcbDocuments.text(XML, true, null));
        assertEquals("http://example.org/a Reid checks in Fans & friends", EcbDocuments.text(XML, false, null));
    }

    @Test
    void keepsOnlyTheListedSentencesWhenGiven() {
        assertEquals("Fans & friends", EcbDocuments.text(XML, true, Set.of(2)));
    }

    @Test
    void theStandardSplitsDoNotOverlap() {
        assertEquals(25, EcbDocuments.TRAIN.size());
        assertEquals(8, EcbDocuments.DEV.size());
        assertEquals(0, EcbDocuments.TRAIN.stream().filter(EcbDocuments.DEV::contains).count());
    }
}
