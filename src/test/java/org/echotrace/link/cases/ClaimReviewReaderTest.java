package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.echotrace.model.KnownCase;
import org.junit.jupiter.api.Test;

class ClaimReviewReaderTest {
    private static final String REVIEW = """
            {"@context": "https://schema.org", "@type": "ClaimReview",
             "url": "https://factcheck.example/checks/1",
             "claimReviewed": "A foreign base trains militants",
             "reviewBody": "No evidence supports it.",
             "datePublished": "2019-05-02T10:00:00Z",
             "author": {"@type": "Organization", "name": "Example Checks"},
             "reviewRating": {"@type": "Rating", "alternateName": "False"},
             "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": "A ministry"}},
             "keywords": "Syria, bases"}
            """;

    @Test
    void readsOneObjectIntoACase() {
        CaseBase base = ClaimReviewReader.read("one.json", REVIEW);
        KnownCase c = base.cases().get(0);
        assertEquals("A foreign base trains militants", c.title());
        assertEquals(Optional.of("False"), c.verdict());
        assertEquals(Optional.of("No evidence supports it."), c.disproof());
        assertEquals(Optional.of(LocalDate.of(2019, 5, 2)), c.date());
        assertEquals(Optional.of("A ministry"), c.claimant());
        assertEquals("Example Checks", c.source());
        assertEquals(List.of("Syria", "bases"), c.keywords());
        assertTrue(c.id().startsWith("https://factcheck.example/checks/1#"));
    }

    @Test
    void readsArraysGraphsAndFeedsAndReportsAnEntryWithoutAClaimByItsLine() {
        String array = "[\n" + REVIEW + ",\n{\"@type\": \"ClaimReview\", \"url\": \"https://x/2\"}\n]";
        CaseBase base = ClaimReviewReader.read("a.json", array);
        assertEquals(1, base.cases().size());
        assertEquals(1, base.problems().size());
        long line = array.substring(0, array.indexOf("{\"@type\": \"ClaimReview\", \"url\"")).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(line, base.problems().get(0).line());
        assertTrue(base.problems().get(0).message().contains("without claimReviewed"));

        String graph = "{\"@context\": \"https://schema.org\", \"@graph\": [" + REVIEW + "]}";
        assertEquals(1, ClaimReviewReader.read("g.json", graph).cases().size());
        String feed = "{\"@type\": \"DataFeed\", \"dataFeedElement\": [{\"item\": [" + REVIEW + "]}]}";
        assertEquals(1, ClaimReviewReader.read("f.json", feed).cases().size());
    }

    @Test
    void malformedJsonIsAProblemWithItsLine() {
        CaseBase base = ClaimReviewReader.read("m.json", "[\n{\"@type\": \"ClaimReview\",\n \"claimReviewed\": }\n]");
        assertEquals(0, base.cases().size());
        assertEquals(3, base.problems().get(0).line());
        assertTrue(base.problems().get(0).message().startsWith("malformed JSON"));
    }
}
