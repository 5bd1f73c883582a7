package org.echotrace.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article's text, in the manner of Readability: every paragraph-like
 * block votes for its parent and, less, for its grandparent and great-grandparent; a candidate's votes
 * are damped by its link density and moved by what its tag and class say; the best one wins. Siblings
 * of the winner that score close to it, or are plain prose, join it (articles split across boxes).
 *
 * <p>Design decision: votes count text length and commas, never words of a language, so the choice
 * holds in German, French or Russian alike.
 */
final class MainContainer {
    /** Shortest text that counts as a paragraph vote. */
    private static final int MIN_PARAGRAPH = 25;
    /** Candidates within this share of the best one's score are alternatives to it. */
    private static final double ALTERNATIVE = 0.75;
    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_ALTERNATIVES = 2;
    private static final int MAX_CLIMB = 10;

    private MainContainer() {
    }

    /** The roots of the main text, best first; empty when no block reads like a paragraph. */
    static List<Element> find(BlockFlattener.Flat page) {
        Map<Element, Double> votes = new IdentityHashMap<>();
        for (Block b : page.blocks()) {
            if (b.text.length() < MIN_PARAGRAPH || b.linkDensity() > 0.5 || b.headingLevel() > 0) {
                continue;
            }
            double vote = 1 + commas(b.text) + Math.min(b.text.length() / 100.0, 3);
            Element e = b.owner;
            if (!isParagraph(e)) {
                votes.merge(e, vote, Double::sum);
            }
            double[] weights = {1, 0.5, 1 / 3.0};
            for (double w : weights) {
                e = e.parent();
                if (e == null) {
                    break;
                }
                votes.merge(e, vote * w, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> v : votes.entrySet()) {
            double s = score(v.getKey(), v.getValue(), page.textUnder());
            scores.put(v.getKey(), s);
            if (s > bestScore) {
                best = v.getKey();
                bestScore = s;
            }
        }
        if (best == null) {
            return List.of();
        }
        best = commonBox(best, bestScore, scores);
        bestScore = scores.getOrDefault(best, bestScore);
        List<Element> roots = new ArrayList<>();
        roots.add(best);
        Element parent = best.parent();
        if (parent != null) {
            double threshold = Math.max(10, bestScore * 0.2);
            for (Element sibling : parent.children()) {
                if (sibling != best && (scores.getOrDefault(sibling, 0.0) >= threshold
                        || isProseParagraph(sibling, page.textUnder()))) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }

    /**
     * Readability.js's second look: when other candidates score nearly as well as the best, the
     * article is split over several boxes (one per paragraph group), and the lowest box holding
     * enough of them is the real container.
     */
    private static Element commonBox(Element best, double bestScore, Map<Element, Double> scores) {
        List<Element> alternatives = new ArrayList<>();
        scores.entrySet().stream()
                .filter(s -> s.getKey() != best && s.getValue() >= bestScore * ALTERNATIVE)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(TOP_CANDIDATES)
                .forEach(s -> alternatives.add(s.getKey()));
        if (alternatives.size() < MIN_ALTERNATIVES) {
            return best;
        }
        Element box = best.parent();
        for (int climb = 0; box != null && climb < MAX_CLIMB; climb++, box = box.parent()) {
            if (box.normalName().equals("body") || box.normalName().equals("html")) {
                break;
            }
            int holds = 0;
            for (Element alt : alternatives) {
                if (isAncestor(box, alt)) {
                    holds++;
                }
            }
            if (holds >= MIN_ALTERNATIVES) {
                return box;
            }
        }
        return best;
    }

    private static boolean isAncestor(Element box, Element e) {
        Element p = e;
        for (int i = 0; p != null && i < MAX_CLIMB * 2; i++, p = p.parent()) {
            if (p == box) {
                return true;
            }
        }
        return false;
    }

    private static double score(Element e, double votes, Map<Element, int[]> textUnder) {
        double prior = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "body", "html" -> -10;
            default -> 0;
        };
        if (ElementHints.articleBody(e)) {
            prior += 50;
        } else if (ElementHints.furniture(e).isPresent()) {
            prior -= 25;
        } else if (ElementHints.articleLike(e)) {
            prior += 25;
        }
        return (votes + prior) * (1 - linkDensity(e, textUnder));
    }

    private static double linkDensity(Element e, Map<Element, int[]> textUnder) {
        int[] t = textUnder.get(e);
        return t == null || t[0] == 0 ? 0 : (double) t[1] / t[0];
    }

    private static boolean isProseParagraph(Element e, Map<Element, int[]> textUnder) {
        if (!e.normalName().equals("p")) {
            return false;
        }
        int[] t = textUnder.get(e);
        if (t == null) {
            return false;
        }
        double ld = (double) t[1] / t[0];
        return t[0] > 80 && ld < 0.25;
    }

    private static boolean isParagraph(Element e) {
        return switch (e.normalName()) {
            case "p", "li", "dd", "dt", "td", "th", "blockquote", "pre" -> true;
            default -> false;
        };
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    static Optional<Element> first(List<Element> roots) {
        return roots.isEmpty() ? Optional.empty() : Optional.of(roots.get(0));
    }
}
