package org.echotrace.link.cases;

import org.echotrace.model.KnownCase;
import org.apache.lucene.store.Directory;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks known cases for claim texts by a hybrid of BM25 (Lucene) and the cosines of three embedding
 * models, fused by a {@link Fusion} over the features {@link CandidateFinder} computes. Thread-safe
 * once built.
 *
 * <p>Copies of a case ({@link CaseGroups}) are indexed, embedded and scored once and listed
 * together, in import order. Fused scores that tie are ordered by the case's import order, so the
 * same cases in the same order give the same ranking.
 */
public final class CaseMatcher implements Closeable {
    private static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparingInt(Scored::group);

    private final CaseGroups groups;
    private final CaseIndex index;
    private final List<TextEmbedder> models;
    private final VectorCache cache;
    private final Fusion fusion;
    private final CandidateFinder finder;
    private final WordAlignment words;

    private record Scored(int group, double score, Candidate candidate) {
    }

    private CaseMatcher(CaseGroups groups, CaseIndex index, List<TextEmbedder> models, VectorCache cache,
                        Fusion fusion, CandidateFinder finder, WordAlignment words) {
        this.groups = groups;
        this.index = index;
        this.models = models;
        this.cache = cache;
        this.fusion = fusion;
        this.finder = finder;
        this.words = words;
    }

    /**
     * The matcher the product uses: MiniLM, bge-small and e5-small, fused by {@link Fusion#DEFAULT}.
     * The bge and e5 models are loaded only when some text lacks its vector in {@code cache}.
     */
    public static CaseMatcher standard(List<KnownCase> cases, Directory lucene, VectorCache cache) {
        return build(cases, lucene, standardModels(), cache, Fusion.DEFAULT);
    }

    /** The embedding models of {@link #standard}, in {@link Candidate#MODELS} order. */
    public static List<TextEmbedder> standardModels() {
        return List.of(TextEmbedder.miniLm(), TextEmbedder.bgeSmall(), TextEmbedder.e5Small());
    }

    /** One model in every embedding slot (tests, or a quick look without the other models). */
    public static CaseMatcher build(List<KnownCase> cases, Directory lucene, TextEmbedder embedder,
                                    VectorCache cache, Fusion fusion) {
        return build(cases, lucene, java.util.Collections.nCopies(Candidate.MODELS.size(), embedder), cache, fusion);
    }

    /**
     * Indexes the cases into {@code lucene} (kept when it already holds them) and embeds their titles
     * and summaries with each of {@code models} (one per {@link Candidate#MODELS} slot) through
     * {@code cache}, in batches, embedding only texts the cache lacks.
     */
    public static CaseMatcher build(List<KnownCase> cases, Directory lucene, List<TextEmbedder> models,
                                    VectorCache cache, Fusion fusion) {
        if (models.size() != Candidate.MODELS.size()) {
            throw new IllegalArgumentException("expected " + Candidate.MODELS.size() + " embedding models "
                    + Candidate.MODELS + ", found " + models.size());
        }
        CaseGroups groups = CaseGroups.of(cases);
        List<KnownCase> reps = groups.representatives();
        CaseIndex index = CaseIndex.openOrBuild(lucene, reps);
        List<String> titleTexts = reps.stream().map(KnownCase::title).toList();
        List<String> summaryTexts = reps.stream().map(c -> c.summary().orElse(c.title())).toList();
        List<float[][]> titleVectors = new ArrayList<>();
        List<float[][]> summaryVectors = new ArrayList<>();
        for (TextEmbedder m : models) {
            float[][] titles = cache.vectors(titleTexts, m).toArray(new float[0][]);
            float[][] summaries = cache.vectors(summaryTexts, m).toArray(new float[0][]);
            for (int i = 0; i < reps.size(); i++) {
                if (reps.get(i).summary().isEmpty()) {
                    summaries[i] = titles[i];
                }
            }
            titleVectors.add(titles);
            summaryVectors.add(summaries);
        }
        WordAlignment words = new WordAlignment();
        List<String> vocabulary = reps.stream().flatMap(c -> WordAlignment.words(c.matchText()).stream())
                .distinct().sorted().toList();
        words.add(vocabulary, cache.vectors(vocabulary, models.get(0)));
        reps.forEach(c -> words.count(c.matchText()));
        CandidateFinder finder = new CandidateFinder(index, titleVectors, summaryVectors,
                reps.stream().map(c -> WordOverlap.of(c.title())).toList(),
                reps.stream().map(c -> WordOverlap.of(c.matchText())).toList(),
                reps.stream().map(c -> ClaimSignals.numbersOf(c.matchText())).toList(),
                java.util.stream.IntStream.range(0, reps.size()).map(g -> groups.members(g).size()).toArray(),
                reps.stream().map(c -> words.of(c.title())).toList(),
                reps.stream().map(c -> words.of(c.matchText())).toList(),
                reps.stream().map(c -> words.weights(c.title(), Map.of())).toList());
        return new CaseMatcher(groups, index, List.copyOf(models), cache, fusion, finder, words);
    }

    /** The same cases, index and vectors ranked by another fusion; close only the original. */
    public CaseMatcher withFusion(Fusion other) {
        return new CaseMatcher(groups, index, models, cache, other, finder, words);
    }

    /** How many cases, copies included. */
    public int size() {
        return groups.cases();
    }

    public List<CaseMatch> match(String claim, int k) {
        return matchAll(List.of(claim), k).get(0);
    }

    /** The best {@code k} cases for each claim, in the claims' order; the claims are embedded in one batched pass. */
    public List<List<CaseMatch>> matchAll(List<String> claims, int k) {
        List<List<Candidate>> all = candidatesAll(claims);
        List<List<CaseMatch>> out = new ArrayList<>(claims.size());
        for (List<Candidate> cands : all) {
            out.add(rank(cands, k));
        }
        return out;
    }

    List<CaseMatch> rank(List<Candidate> cands, int k) {
        List<Scored> scored = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            scored.add(new Scored(c.ord(), fusion.score(c.features()), c));
        }
        scored.sort(ORDER);
        List<CaseMatch> top = new ArrayList<>(Math.min(k, scored.size()));
        for (Scored s : scored) {
            for (KnownCase c : groups.members(s.group())) {
                if (top.size() == k) {
                    return top;
                }
                top.add(new CaseMatch(c, top.size() + 1, s.score(), s.candidate().lexical(), s.candidate().semantic()));
            }
        }
        return top;
    }

    /** The cases of a candidate's group, in import order. */
    List<KnownCase> casesOf(int ord) {
        return groups.members(ord);
    }

    /** The candidates of each claim with their features, for ranking or for fitting a fusion. */
    List<List<Candidate>> candidatesAll(List<String> claims) {
        List<String> texts = claims.stream().map(ClaimText::normalise).toList();
        List<List<String>> sentences = texts.stream().map(ClaimText::sentences).toList();
        List<String> allSentences = sentences.stream().flatMap(List::stream).toList();
        List<String> unknown = texts.stream().flatMap(t -> WordAlignment.words(t).stream())
                .filter(w -> !words.knows(w)).distinct().sorted().toList();
        // One batch per model: the claims, their sentences and, for the model whose words align, their new words.
        List<List<float[]>> vectors = new ArrayList<>();
        List<float[]> wordVectors = List.of();
        for (int m = 0; m < models.size(); m++) {
            TextEmbedder queries = models.get(m).forQueries();
            boolean withWords = m == 0 && queries.model().equals(models.get(0).model());
            List<String> batch = new ArrayList<>(texts);
            batch.addAll(allSentences);
            if (withWords) {
                batch.addAll(unknown);
            }
            List<float[]> v = cache.vectors(batch, queries);
            vectors.add(v);
            if (withWords) {
                wordVectors = v.subList(texts.size() + allSentences.size(), v.size());
            } else if (m == 0) {
                wordVectors = cache.vectors(unknown, models.get(0));
            }
        }
        Map<String, float[]> extra = new HashMap<>();
        for (int i = 0; i < unknown.size(); i++) {
            extra.put(unknown.get(i), wordVectors.get(i));
        }
        List<List<Candidate>> out = new ArrayList<>(claims.size());
        int sentence = texts.size();
        for (int i = 0; i < texts.size(); i++) {
            int n = sentences.get(i).size();
            List<float[]> v = new ArrayList<>(models.size());
            List<List<float[]>> sv = new ArrayList<>(models.size());
            for (List<float[]> perModel : vectors) {
                v.add(perModel.get(i));
                sv.add(perModel.subList(sentence, sentence + n));
            }
            sentence += n;
            Optional<String> author = ClaimText.author(claims.get(i));
            out.add(finder.candidates(texts.get(i), v, author, ClaimSignals.of(claims.get(i)),
                    words.of(texts.get(i), extra), words.weights(texts.get(i), extra), sv));
        }
        return out;
    }

    @Override
    public void close() {
        index.close();
    }
}
