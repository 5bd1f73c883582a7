package org.echotrace.eval;

import org.echotrace.cluster.ClaimPoint;
import org.echotrace.cluster.Narrative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each article's narrative: the one holding most of its claims; ties go to the larger narrative,
 * then to the one listed first, so the choice is deterministic.
 */
final class DominantNarrative {
    private DominantNarrative() {
    }

    /** Article id to narrative id, for every article with a claim in a narrative. */
    static Map<String, String> of(List<Narrative> narratives) {
        Map<String, String> best = new HashMap<>();
        Map<String, int[]> bestScore = new HashMap<>();
        for (Narrative n : narratives) {
            Map<String, Integer> perArticle = new HashMap<>();
            for (Narrative.Member m : n.members()) {
                perArticle.merge(ClaimPoint.articleOf(m.claimKey()), 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> e : perArticle.entrySet()) {
                int[] score = {e.getValue(), n.members().size()};
                int[] old = bestScore.get(e.getKey());
                if (old == null || score[0] > old[0] || (score[0] == old[0] && score[1] > old[1])) {
                    bestScore.put(e.getKey(), score);
                    best.put(e.getKey(), n.id());
                }
            }
        }
        return best;
    }

    /** Whether some narrative holds claims of this article and of another one. */
    static boolean reachesOthers(List<Narrative> narratives, String article) {
        for (Narrative n : narratives) {
            if (n.articles().contains(article) && n.articles().size() > 1) {
                return true;
            }
        }
        return false;
    }
}
