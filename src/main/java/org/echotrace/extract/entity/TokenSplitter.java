package org.echotrace.extract.entity;

import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the punctuation off an article's tokens the way CoNLL's tokens are split, which the tagger
 * was trained on: "Kamal," is "Kamal" and ","; "(VKS)" is "(", "VKS", ")"; "Russia's" is "Russia"
 * and "'s". A full stop stays on abbreviations and initials ("U.S.", "Gen.", "J."). Hyphenated
 * words split by the tokenizer are joined again ("al", "-", "Sham" is "al-Sham"), as CoNLL writes them.
 *
 * <p>Design decision: done here, not in {@code extract.nlp}, because only the tagger needs CoNLL's
 * conventions; the pieces keep offsets into the original text, so spans stay exact.
 */
final class TokenSplitter {
    private static final String OPENING = "([{\"'“‘«";
    private static final String CLOSING = ".,;:!?)]}\"'”’»";

    private TokenSplitter() {
    }

    static List<Token> split(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size() + 8);
        for (Token t : hyphensJoined(tokens)) {
            String w = t.text();
            int s = 0;
            int e = w.length();
            while (s < e - 1 && OPENING.indexOf(w.charAt(s)) >= 0) {
                out.add(piece(t, s, s + 1, "PUNCT"));
                s++;
            }
            List<Token> tail = new ArrayList<>();
            while (e - 1 > s && CLOSING.indexOf(w.charAt(e - 1)) >= 0 && !(w.charAt(e - 1) == '.' && abbreviation(w.substring(s, e)))) {
                tail.add(0, piece(t, e - 1, e, "PUNCT"));
                e--;
            }
            String core = w.substring(s, e).toLowerCase(Locale.ROOT);
            if (core.length() > 2 && (core.endsWith("'s") || core.endsWith("’s"))) {
                out.add(piece(t, s, e - 2, t.pos()));
                out.add(piece(t, e - 2, e, "PART"));
            } else {
                out.add(s == 0 && e == w.length() ? t : piece(t, s, e, t.pos()));
            }
            out.addAll(tail);
        }
        return out;
    }

    /** Touching tokens with a hyphen where they meet, as one token with the last word's tag. */
    private static List<Token> hyphensJoined(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!out.isEmpty()) {
                Token last = out.get(out.size() - 1);
                boolean touching = last.end() == t.start();
                boolean hyphen = last.text().endsWith("-") || t.text().startsWith("-");
                if (touching && hyphen && !last.text().equals("--") && !t.text().equals("--")) {
                    String pos = t.text().equals("-") ? last.pos() : t.pos();
                    out.set(out.size() - 1, new Token(new TextSpan(last.start(), t.end()), last.text() + t.text(), pos));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    private static Token piece(Token t, int from, int to, String pos) {
        return new Token(new TextSpan(t.start() + from, t.start() + to), t.text().substring(from, to), pos);
    }

    /** "U.S.", "Gen.", "J.": a dot inside, a listed title, or one capital letter. */
    private static boolean abbreviation(String w) {
        String stem = w.substring(0, w.length() - 1);
        return stem.indexOf('.') >= 0 || Cues.TITLES.contains(Cues.key(w)) && w.length() <= 6
                || stem.length() == 1 && Character.isUpperCase(stem.charAt(0))
                || stem.equals("Jr") || stem.equals("Sr") || stem.equals("St") || stem.equals("Mt");
    }
}
