package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
