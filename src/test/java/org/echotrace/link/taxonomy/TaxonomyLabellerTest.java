package org.echotrace.link.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.echotrace.model.TaxonomyLabel;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyLabellerTest {
    private static final TextEmbedder EMBED = new WordHashEmbedder();
    private static final String[] FILLER = {
        "The weather was mild in the afternoon.", "Markets opened without much change.",
        "A local team won its match on Sunday.", "The council met to discuss parking.",
        "Officials said more details would follow."};
    private static final String LAB = "Secret laboratories in Ukraine breed pathogens for the Pentagon.";
    private static final String SANCTIONS = "Sanctions hurt European households more than Moscow, heating bills soar.";

    private static final Taxonomy TAXONOMY = new Taxonomy(
            List.of(entry("Bio-labs", null, "Secret biological laboratories in Ukraine"),
                    entry("Backfire", null, "Sanctions against Russia hurt Europe")),
            List.of(entry("Bio-labs: Pentagon", "Bio-labs", "The Pentagon runs laboratories breeding pathogens"),
                    entry("Bio-labs: Other", "Bio-labs", "Secret biological laboratories in Ukraine"),
                    entry("Backfire: Energy", "Backfire", "Sanctions make heating and energy bills soar in Europe"),
                    entry("Backfire: Other", "Backfire", "Sanctions against Russia hurt Europe")));

    @TempDir
    Path dir;

    @Test
    void labelsAnArticleWithItsNarrativeSubNarrativeAndEvidence() {
        TaxonomyLabeller labeller = new TaxonomyLabeller(TAXONOMY, model(), EMBED);
        String text = "Council news.\nThe council met to discuss parking. " + LAB + "\nMarkets opened without much change.";
        List<TaxonomyLabel> labels = labeller.label(text, spans(text));
        assertEquals(List.of("Bio-labs", "Bio-labs: Pentagon"), labels.stream().map(TaxonomyLabel::label).toList());
        TextSpan lab = new TextSpan(text.indexOf(LAB), text.indexOf(LAB) + LAB.length());
        assertTrue(labels.get(1).evidence().contains(lab), "evidence " + labels.get(1).evidence());
        assertEquals(TaxonomyLabel.Basis.TRAINED, labels.get(1).basis());
    }

    @Test
    void anArticleWithNoNarrativeIsOther() {
        TaxonomyLabeller labeller = new TaxonomyLabeller(TAXONOMY, model(), EMBED);
        String text = String.join(" ", FILLER[0], FILLER[2], FILLER[3]);
        List<TaxonomyLabel> labels = labeller.label(text, spans(text));
        assertEquals(List.of(Taxonomy.OTHER), labels.stream().map(TaxonomyLabel::label).toList());
        assertTrue(labels.get(0).evidence().isEmpty());
    }

    @Test
    void anEntryAddedWithoutTrainingDataIsScoredByItsDescription() {
        List<TaxonomyEntry> subs = new ArrayList<>(TAXONOMY.subNarratives());
        subs.add(new TaxonomyEntry("Backfire: Farmers", Optional.of("Backfire"),
                "Grain exports collapse and farmers protest fertiliser prices"));
        Taxonomy extended = new Taxonomy(TAXONOMY.narratives(), subs);
        TaxonomyLabeller labeller = new TaxonomyLabeller(extended, model(), EMBED);
        assertEquals(List.of("Backfire: Farmers"), labeller.zeroShotEntries().stream().map(TaxonomyEntry::label).toList());
        String text = "Farmers protest as grain exports collapse and fertiliser prices climb. " + FILLER[1];
        List<TaxonomyLabel> labels = labeller.label(text, spans(text));
        TaxonomyLabel farmers = labels.stream().filter(l -> l.label().equals("Backfire: Farmers")).findFirst().orElseThrow();
        assertEquals(TaxonomyLabel.Basis.ZERO_SHOT, farmers.basis());
        assertTrue(labels.stream().anyMatch(l -> l.label().equals("Backfire")), "its narrative is implied: " + labels);
    }

    @Test
    void aWrittenModelReadsBackToTheSameLabels() throws IOException {
        NarrativeModel m = model();
        Path f = dir.resolve("m.model.gz");
        m.write(f);
        NarrativeModel back = NarrativeModel.read(f);
        assertEquals(m.labels(), back.labels());
        assertEquals(m.thresholds(), back.thresholds());
        String text = SANCTIONS + " " + FILLER[4];
        assertEquals(new TaxonomyLabeller(TAXONOMY, m, EMBED).label(text, spans(text)).stream().map(TaxonomyLabel::label).toList(),
                new TaxonomyLabeller(TAXONOMY, back, EMBED).label(text, spans(text)).stream().map(TaxonomyLabel::label).toList());
        assertFalse(m.labels().isEmpty());
    }

    private static NarrativeModel trained;

    private static synchronized NarrativeModel model() {
        if (trained == null) {
            trained = train();
        }
        return trained;
    }

    /** Thirty articles: a third about the labs, a third about sanctions, a third about neither. */
    private static NarrativeModel train() {
        List<NarrativeTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<String> sentences = new ArrayList<>(List.of(FILLER[i % 5], FILLER[(i + 2) % 5]));
            Set<String> labels;
            if (i % 3 == 0) {
                sentences.add(i % 2, LAB);
                labels = Set.of("Bio-labs", "Bio-labs: Pentagon");
            } else if (i % 3 == 1) {
                sentences.add(i % 2, SANCTIONS);
                labels = Set.of("Backfire", "Backfire: Energy");
            } else {
                labels = Set.of(Taxonomy.OTHER);
            }
            String text = String.join(" ", sentences);
            examples.add(new NarrativeTrainer.Example(ArticleSentences.embed(text, spans(text), EMBED), labels));
        }
        NarrativeTrainer.Settings s = new NarrativeTrainer.Settings(500, 1e-3, 0.5, 100, 1f, 1f, 1f, 3, 1, 1L);
        return new NarrativeTrainer(s, System.err).train(TAXONOMY, examples, EMBED);
    }

    private static TaxonomyEntry entry(String label, String parent, String description) {
        return new TaxonomyEntry(label, Optional.ofNullable(parent), description);
    }

    /** Sentences ended by a full stop, as spans of the text. */
    static List<TextSpan> spans(String text) {
        List<TextSpan> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' || text.charAt(i) == '\n') {
                while (from < i && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                if (from < i) {
                    out.add(new TextSpan(from, i + 1));
                }
                from = i + 1;
            }
        }
        return out;
    }
}
