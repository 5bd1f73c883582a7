package org.echotrace.link.cases;

import org.echotrace.model.KnownCase;
import org.apache.lucene.store.Directory;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private record Scored(int group, double score, Candidate candidate) {
    }

    private CaseMatcher(CaseGroups groups, CaseIndex index, List<TextEmbedder> models, VectorCache cache,
                        Fusion fusion, CandidateFinder finder) {
        this.groups = groups;
        this.index = index;
        this.models = models;
        this.cache = cache;
        this.fusion = fusion;
        this.finder = finder;
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
        CandidateFinder finder = new CandidateFinder(index, titleVectors, summaryVectors,
                reps.stream().map(c -> WordOverlap.of(c.title())).toList(),
                reps.stream().map(c -> WordOverlap.of(c.matchText())).toList(),
                reps.stream().map(c -> ClaimSignals.numbersOf(c.matchText())).toList(),
                java.util.stream.IntStream.range(0, reps.size()).map(g -> groups.members(g).size()).toArray());
        return new CaseMatcher(groups, index, List.copyOf(models), cache, fusion, finder);
    }

    /** The same cases, index and vectors ranked by another fusion; close only the original. */
    public CaseMatcher withFusion(Fusion other) {
        return new CaseMatcher(groups, index, models, cache, other, finder);
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
        List<List<float[]>> vectors = new ArrayList<>();
        for (TextEmbedder m : models) {
            vectors.add(cache.vectors(texts, m.forQueries()));
        }
        List<List<Candidate>> out = new ArrayList<>(claims.size());
        for (int i = 0; i < texts.size(); i++) {
            List<float[]> v = new ArrayList<>(models.size());
            for (List<float[]> perModel : vectors) {
                v.add(perModel.get(i));
            }
            Optional<String> author = ClaimText.author(claims.get(i));
            out.add(finder.candidates(texts.get(i), v, author, ClaimSignals.of(claims.get(i))));
        }
        return out;
    }

    @Override
    public void close() {
        index.close();
    }
}
