package org.echotrace.link.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.model.TaxonomyLabel;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

class ShippedModelTest {
    private static final String CLIMATE = """
            Green madness.
            The government's net zero plan will cost every household thousands of pounds a year.
            Wind turbines stand idle on calm days while electricity bills soar.
            Activists who glue themselves to roads are hysterical alarmists funded by billionaires.
            Climate policies are destroying farming and industry for no measurable benefit.
            """;

    @Test
    void theShippedModelLoadsWithItsOwnTaxonomy() {
        NarrativeModel m = NarrativeModel.shipped();
        Taxonomy t = m.taxonomy();
        assertTrue(t.narratives().size() >= 20, t.narratives().size() + " narratives");
        assertTrue(t.find("URW: Discrediting Ukraine: Ukraine is a puppet of the West").isPresent());
        assertEquals(m.labels().size(), t.entries().size());
    }

    @Test
    void ranksClimateCriticismFirstForAClimatePolicyRantAndGivesNoWarNarrative() {
        TaxonomyLabeller labeller = TaxonomyLabeller.shipped();
        List<TextSpan> spans = TaxonomyLabellerTest.spans(CLIMATE);
        List<TaxonomyLabel> labels = labeller.label(CLIMATE, spans);
        Map<String, Double> scores = labeller.scores(ArticleSentences.embed(CLIMATE, spans, TextEmbedder.shared()));
        String top = scores.entrySet().stream().filter(e -> !e.getKey().substring(4).contains(": "))
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertTrue(Set.of("CC: Criticism of climate policies", "CC: Criticism of climate movement").contains(top), top);
        assertTrue(labels.stream().noneMatch(l -> l.label().startsWith("URW: ")), labels.toString());
        for (TaxonomyLabel l : labels) {
            assertTrue(l.score() >= 0 && l.score() <= 1, l.toString());
            assertTrue(spans.containsAll(l.evidence()), "evidence is whole sentences: " + l);
            l.parent().ifPresent(p -> assertTrue(labels.stream().anyMatch(n -> n.label().equals(p)), "hierarchy: " + l));
        }
    }
}
