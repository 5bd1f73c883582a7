package org.echotrace.extract.claim;

import org.echotrace.model.Sentence;
import org.echotrace.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A sentence's tokens as parallel arrays of lower-cased words and tags, for the rules to scan. */
final class Words {
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "«", "»", "„", "''", "``");

    final Sentence sentence;
    final List<Token> tokens;
    final String[] lower;
    final String[] pos;
    /** Each word's crude stem ({@link CueClasses#stem}), for the learned decisions. */
    final String[] stem;

    Words(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.lower = new String[tokens.size()];
        this.pos = new String[tokens.size()];
        this.stem = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
            pos[i] = tokens.get(i).pos();
            stem[i] = CueClasses.stem(lower[i]);
        }
        for (int i = 0; i + 1 < pos.length; i++) {
            if (nameTakenForVerb(i)) {
                pos[i] = "PROPN";
            }
        }
    }

    private static final Set<String> ADVERBS_BEFORE_VERB = Set.of("later", "also", "then", "again", "still", "never",
            "just", "once", "now", "first", "recently", "often", "always", "since", "soon");
    private static final Set<String> FINITE_AUX = Set.of("is", "was", "has", "had", "will", "would", "can", "could",
            "should", "may", "might", "must", "does", "did", "says", "said", "told", "tells", "wrote", "writes");

    /**
     * A name that is also a verb, tagged as one before the verb it is the subject of: OpenNLP reads
     * "Trump said he would ..." and "Trump says ..." as two verbs. A capitalised verb before a finite
     * verb (a tense-marked auxiliary, a reporting verb's finite form, or a verb in -ed or -s), perhaps
     * past an adverb ("openly", "later"), is a name; an imperative is followed by its object or a gerund ("Stop lying", "Make America ...").
     */
    private boolean nameTakenForVerb(int i) {
        if (!pos[i].equals("VERB") || !Character.isUpperCase(text(i).charAt(0)) || text(i).length() < 2
                || text(i).chars().allMatch(c -> !Character.isLowerCase(c))) {
            return false;
        }
        int j = i + 1;
        while (j + 1 < pos.length && j - i <= 2 && pos[j].equals("ADV") && (lower[j].endsWith("ly") || ADVERBS_BEFORE_VERB.contains(lower[j]))) {
            j++; // "Trump openly admires"
        }
        String next = lower[j];
        return FINITE_AUX.contains(next) || (pos[j].equals("VERB") || pos[j].equals("AUX"))
                && !next.endsWith("ing") && (next.endsWith("ed") || next.endsWith("s") && !next.endsWith("ss"));
    }

    int size() {
        return tokens.size();
    }

    int start(int i) {
        return tokens.get(i).start();
    }

    int end(int i) {
        return tokens.get(i).end();
    }

    String text(int i) {
        return tokens.get(i).text();
    }

    boolean is(int i, String word) {
        return i >= 0 && i < lower.length && lower[i].equals(word);
    }

    boolean isQuoteMark(int i) {
        return i >= 0 && i < lower.length && QUOTE_MARKS.contains(lower[i]);
    }

    boolean isPunct(int i) {
        return i >= 0 && i < pos.length && pos[i].equals("PUNCT");
    }

    /** Whether token {@code i} is the second half of a hyphenated word ("held" of "rebel-held", "called" of "so-called"). */
    boolean gluedByHyphen(int i) {
        return i > 0 && i < lower.length && end(i - 1) == start(i) && (lower[i - 1].equals("-") || lower[i - 1].endsWith("-"));
    }

    /**
     * Whether token {@code i} is inside a compound adjective: the second half of a hyphenated word
     * ("so-called", "self-proclaimed") or the "called" of "so called" written without its hyphen.
     */
    boolean inCompoundAdjective(int i) {
        return gluedByHyphen(i) || is(i - 1, "so") && is(i, "called");
    }

    /** Whether the token is written in capitals only, two or more: "SANA", "SOHR", "UN". */
    boolean acronym(int i) {
        String t = text(i);
        return t.length() >= 2 && t.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    boolean capitalised(int i) {
        String t = text(i);
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    /** Index of the token starting at or after {@code offset}, or {@link #size()}. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
