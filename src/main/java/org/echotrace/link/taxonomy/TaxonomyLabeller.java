package org.echotrace.link.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.model.TaxonomyLabel;
import org.echotrace.model.TextSpan;

/**
 * Labels an article with the taxonomy entries it carries. Entries the model was trained on are
 * scored by their classifiers; entries an analyst added without training data are scored by the
 * similarity of their description to the article's sentences, calibrated on the trained ones; the
 * hierarchy and "Other" are then applied by {@link LabelDecision}.
 *
 * <p>Evidence: for each entry, the sentences that would score highest for it if each were the
 * whole article (for zero-shot entries, those closest to its description), at most
 * {@link #EVIDENCE} and only those that push the score up.
 *
 * <p>Thread-safe: it holds immutable state only (the embedder must be thread-safe, as the shared
 * one is).
 */
public final class TaxonomyLabeller {
    static final int EVIDENCE = 2;

    private final Taxonomy taxonomy;
    private final NarrativeModel model;
    private final TextEmbedder embedder;
    private final Map<String, Integer> trained = new HashMap<>();
    private final List<TaxonomyEntry> zeroShot = new ArrayList<>();
    private final List<float[]> zeroShotDescriptions;
    private final Set<String> zeroShotLabels = new HashSet<>();

    public TaxonomyLabeller(Taxonomy taxonomy, NarrativeModel model, TextEmbedder embedder) {
        this.taxonomy = taxonomy;
        this.model = model;
        this.embedder = embedder;
        Set<String> known = new HashSet<>();
        taxonomy.entries().forEach(e -> known.add(e.label()));
        for (int i = 0; i < model.labels().size(); i++) {
            if (known.contains(model.labels().get(i))) {
                trained.put(model.labels().get(i), i);
            }
        }
        // A "<narrative>: Other" without training data is only ever the fallback of its narrative.
        for (TaxonomyEntry e : taxonomy.entries()) {
            if (!trained.containsKey(e.label()) && !e.isOtherOfNarrative()) {
                zeroShot.add(e);
                zeroShotLabels.add(e.label());
            }
        }
        zeroShotDescriptions = zeroShot.isEmpty() ? List.of()
                : embedder.embed(zeroShot.stream().map(TaxonomyEntry::description).toList());
    }

    /** The shipped English model over its own taxonomy (SemEval-2025 Task 10's entries it was trained on). */
    public static TaxonomyLabeller shipped() {
        NarrativeModel model = NarrativeModel.shipped();
        return new TaxonomyLabeller(model.taxonomy(), model, TextEmbedder.shared());
    }

    /**
     * The shipped English model over an analyst's taxonomy: entries it was trained on (same label)
     * use their classifiers, the others are scored zero-shot from their descriptions.
     */
    public static TaxonomyLabeller shipped(Taxonomy taxonomy) {
        return new TaxonomyLabeller(taxonomy, NarrativeModel.shipped(), TextEmbedder.shared());
    }

    /** Entries of the taxonomy the model has no classifier for (scored zero-shot). */
    public List<TaxonomyEntry> zeroShotEntries() {
        return List.copyOf(zeroShot);
    }

    /**
     * The entries an article carries: a pure function of the text and its body sentence spans
     * (offsets into {@code text}). Never empty: an article with no narrative gets "Other".
     */
    public List<TaxonomyLabel> label(String text, List<TextSpan> sentences) {
        return label(ArticleSentences.embed(text, sentences, embedder));
    }

    /** As {@link #label(String, List)}, for sentences already embedded. */
    public List<TaxonomyLabel> label(ArticleSentences article) {
        Map<String, Double> p = scores(article);
        List<float[]> perSentence = null;
        List<TaxonomyLabel> out = new ArrayList<>();
        for (LabelDecision.Choice c : LabelDecision.decide(taxonomy, p, zeroShotLabels, model.thresholds())) {
            List<TextSpan> evidence = List.of();
            if (c.basis() != TaxonomyLabel.Basis.OTHER && !article.spans().isEmpty()) {
                if (trained.containsKey(c.label())) {
                    if (perSentence == null) {
                        perSentence = sentenceFeatures(article);
                    }
                    int l = trained.get(c.label());
                    List<float[]> features = perSentence;
                    evidence = top(article, i -> model.fit().score(l, features.get(i)) - model.fit().bias()[l]);
                } else {
                    int j = zeroShot.indexOf(taxonomy.find(c.label()).orElseThrow());
                    evidence = top(article, i -> DescriptionSimilarity.dot(article.vectors().get(i), zeroShotDescriptions.get(j)));
                }
            }
            out.add(new TaxonomyLabel(c.label(), c.parent(), c.score(), c.basis(), evidence));
        }
        return out;
    }

    /**
     * The probability of every entry of the taxonomy, by label, before thresholds and hierarchy (an
     * analyst's ranked view; "{@code <narrative>: Other}" entries without a classifier are absent).
     */
    public Map<String, Double> scores(ArticleSentences article) {
        float[] x = model.space().features(article);
        Map<String, Double> p = new java.util.TreeMap<>();
        for (Map.Entry<String, Integer> e : trained.entrySet()) {
            p.put(e.getKey(), model.fit().probability(e.getValue(), x));
        }
        double[] sims = DescriptionSimilarity.of(article.vectors(), zeroShotDescriptions);
        for (int j = 0; j < zeroShot.size(); j++) {
            p.put(zeroShot.get(j).label(), model.zeroShot().probability(sims[2 * j], sims[2 * j + 1]));
        }
        return p;
    }

    private List<float[]> sentenceFeatures(ArticleSentences a) {
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < a.spans().size(); i++) {
            out.add(model.space().features(new ArticleSentences(a.text(), List.of(a.spans().get(i)),
                    List.of(a.vectors().get(i)))));
        }
        return out;
    }

    private static List<TextSpan> top(ArticleSentences a, java.util.function.IntToDoubleFunction score) {
        List<Integer> order = new ArrayList<>();
        double[] s = new double[a.spans().size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = score.applyAsDouble(i);
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -s[i]).thenComparing(i -> i));
        List<TextSpan> out = new ArrayList<>();
        for (int i : order) {
            if (out.size() == EVIDENCE || (s[i] <= 0 && !out.isEmpty())) {
                break;
            }
            out.add(a.spans().get(i));
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }
}
