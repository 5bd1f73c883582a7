package org.echotrace.extract.claim;

import org.echotrace.model.ClaimMark;
import org.echotrace.model.Token;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a statement is put (hedged, a question, opinion) and how check-worthy it is: numbers, named
 * actors and actions that happened can be checked; questions, hedges and evaluations frame.
 *
 * <p>Design decision: a transparent additive score rather than a learned one, because no
 * check-worthiness data for this domain is in reach; its parts are named here so an analyst can
 * see why a sentence ranks where it does. It orders claims; nothing is dropped by it except
 * fragments below {@link #MIN_OWN}.
 */
final class ClaimScorer {
    static final double MIN_OWN = 0.25;

    private static final Set<String> HEDGES = Set.of("may", "might", "could", "possibly", "reportedly", "apparently",
            "allegedly", "likely", "unlikely", "perhaps", "seems", "seem", "seemed", "appears", "appear", "appeared",
            "probably", "presumably", "unclear", "purportedly", "supposedly", "suspected", "rumored", "rumoured",
            "believed", "maybe");
    private static final Set<String> OPINION = Set.of("obviously", "clearly", "undoubtedly", "irrefutable", "undeniable",
            "shameful", "absurd", "disgraceful", "outrageous", "ridiculous", "of course", "in fact", "no doubt",
            "we believe", "i think", "i believe", "in our view", "in my view", "in my opinion", "should", "must",
            "ought", "sadly", "unfortunately", "hypocrisy", "hypocritical", "cynical", "criminal", "blatant",
            "so-called", "pathetic", "evil", "lies", "propaganda");
    private static final Set<String> ACTIONS = Set.of("killed", "attacked", "destroyed", "launched", "supported",
            "supplied", "trained", "armed", "occupied", "created", "backed", "advanced", "captured", "seized",
            "struck", "bombed", "shelled", "fired", "deployed", "wounded", "injured", "detected", "thwarted",
            "retreated", "liberated", "sheltered", "used", "carried", "conducted", "eliminated", "operates",
            "operated", "blocked", "funded", "financed", "delivered", "transferred", "smuggled", "evacuated",
            "arrested", "executed", "abducted", "kidnapped", "shot", "hit", "downed", "violated", "controlled",
            "controls", "headquartered", "stationed", "became", "become", "increased", "died", "dead");

    private ClaimScorer() {
    }

    static Set<ClaimMark> marks(String content, List<Token> tokens) {
        EnumSet<ClaimMark> out = EnumSet.noneOf(ClaimMark.class);
        String trimmed = content.strip();
        while (!trimmed.isEmpty() && "\"”’'»)".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.endsWith("?")) {
            out.add(ClaimMark.QUESTION);
        }
        String lower = " " + content.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s-]", " ") + " ";
        for (Token t : tokens) {
            if (HEDGES.contains(t.text().toLowerCase(Locale.ROOT))) {
                out.add(ClaimMark.HEDGED);
                break;
            }
        }
        for (String o : OPINION) {
            if (lower.contains(" " + o + " ")) {
                out.add(ClaimMark.OPINION);
                break;
            }
        }
        return out;
    }

    /** "58", "1,000", "2.5": digits, with separators. */
    private static boolean figure(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
    }

    static double checkWorthiness(List<Token> tokens, Set<ClaimMark> marks) {
        double score = 0.2;
        int names = 0;
        boolean number = false;
        boolean action = false;
        boolean firstPerson = false;
        for (Token t : tokens) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.pos().equals("PROPN")) {
                names++;
            } else if (t.pos().equals("NUM") || figure(w)) {
                number = true; // a headline's "kill 58 civilians" is tagged ADV, "38" even NOUN
            }
            action |= ACTIONS.contains(w);
            firstPerson |= w.equals("i") || w.equals("we") || w.equals("our") || w.equals("my");
        }
        score += number ? 0.2 : 0;
        score += names >= 1 ? 0.15 : 0;
        score += names >= 2 ? 0.1 : 0;
        score += action ? 0.2 : 0;
        score += tokens.size() >= 8 && tokens.size() <= 60 ? 0.1 : 0;
        score -= tokens.size() < 5 ? 0.2 : 0;
        score -= marks.contains(ClaimMark.QUESTION) ? 0.3 : 0;
        score -= marks.contains(ClaimMark.OPINION) ? 0.15 : 0;
        score -= marks.contains(ClaimMark.HEDGED) ? 0.1 : 0;
        score -= firstPerson ? 0.1 : 0;
        return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
    }
}
