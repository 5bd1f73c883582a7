package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimTextTest {
    @Test
    void keepsTheSignersNameAndYearAndDropsLinksHandleAndDay() {
        assertEquals("Obama needs Congressional approval. Donald J. Trump 2013",
                ClaimText.normalise("Obama needs Congressional approval. — Donald J. Trump (@realDonaldTrump) August 29, 2013"));
    }

    @Test
    void splitsHashtagsAndHandlesIntoWords() {
        assertEquals("How are butterflies surviving the Australian Fires? ask Center For Bio Div",
                ClaimText.normalise("How are butterflies surviving the #AustralianFires? pic.twitter.com/0eJtwJyS1J ask @CenterForBioDiv https://t.co/x"));
    }

    @Test
    void theSignersNameIsReadFromATweetsSignatureAndNothingFromPlainText() {
        assertEquals(Optional.of("Ann Coulter"),
                ClaimText.author("Our REAL problem is ... https://t.co/5E — Ann Coulter (@AnnCoulter) January 26, 2017"));
        assertEquals(Optional.empty(), ClaimText.author("The army protects the militants near its base."));
    }

    @Test
    void aClaimOfSeveralSentencesIsSplitAndOneOfASingleSentenceIsNot() {
        assertEquals(List.of("Wow, just wow.", "The mayor banned Christmas lights on every public building this year."),
                ClaimText.sentences("Wow, just wow. The mayor banned Christmas lights on every public building this year."));
        assertEquals(List.of(), ClaimText.sentences("The mayor banned Christmas lights on every public building."));
        assertEquals(List.of(), ClaimText.sentences("Wow. The mayor banned Christmas lights."),
                "a sentence of under three words does not count");
    }
}
