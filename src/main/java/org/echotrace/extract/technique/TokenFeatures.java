package org.echotrace.extract.technique;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echotrace.model.Sentence;
import org.echotrace.model.Token;

/**
 * Features of each token of a sentence for the span tagger: the word and its neighbours, shape, part
 * of speech, lexicon families around it, whether it is quoted, repeated in the article, and a few
 * facts about the whole sentence (propaganda clusters in emphatic, quoted, opinionated sentences).
 */
final class TokenFeatures {
    private TokenFeatures() {
    }

    static String[][] of(Sentence sentence, ArticleWords words) {
        List<Token> toks = sentence.tokens();
        int n = toks.size();
        String[] lower = new String[n];
        String[] pos = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = toks.get(i).text().toLowerCase(Locale.ROOT);
            pos[i] = toks.get(i).pos();
        }
        List<String> sentenceWide = sentenceFeatures(sentence, lower);
        boolean[] quoted = quoted(lower);
        String[][] out = new String[n][];
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(48);
            String w = lower[i];
            String raw = toks.get(i).text();
            f.add("b");
            f.add("w=" + w);
            f.add("sh=" + shape(raw));
            f.add("p=" + pos[i]);
            if (w.length() > 3) {
                f.add("p3=" + w.substring(0, 3));
                f.add("s3=" + w.substring(w.length() - 3));
            }
            for (int d = -2; d <= 2; d++) {
                if (d != 0) {
                    f.add("w" + d + "=" + at(lower, i + d));
                    f.add("p" + d + "=" + at(pos, i + d));
                }
            }
            f.add("ww-1=" + at(lower, i - 1) + "_" + w);
            f.add("ww+1=" + w + "_" + at(lower, i + 1));
            f.add("pp-1=" + at(pos, i - 1) + "_" + pos[i]);
            f.add("pp+1=" + pos[i] + "_" + at(pos, i + 1));
            f.add("ppp=" + at(pos, i - 1) + "_" + pos[i] + "_" + at(pos, i + 1));
            for (int d = -1; d <= 1; d++) {
                if (i + d >= 0 && i + d < n) {
                    for (String fam : Lexicons.families(lower[i + d])) {
                        f.add("L" + d + "=" + fam);
                    }
                }
            }
            if (quoted[i]) {
                f.add("q");
            }
            if (raw.length() > 1 && raw.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
                    && raw.chars().anyMatch(Character::isLetter)) {
                f.add("allcap");
            }
            int c = words.count(w);
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                f.add("rep=" + (c >= 5 ? "5+" : c >= 3 ? "3+" : c >= 2 ? "2" : "1"));
            }
            f.add("pos=" + (i == 0 ? "first" : i == n - 1 ? "last" : i < 3 ? "early" : i >= n - 3 ? "late" : "mid"));
            f.addAll(sentenceWide);
            out[i] = f.toArray(String[]::new);
        }
        return out;
    }

    private static List<String> sentenceFeatures(Sentence s, String[] lower) {
        List<String> f = new ArrayList<>();
        int n = lower.length;
        f.add("slen=" + (n < 6 ? "s" : n < 15 ? "m" : n < 30 ? "l" : "xl"));
        f.add(s.index() == 0 ? "title" : "body");
        java.util.Set<String> fams = new java.util.TreeSet<>();
        boolean bang = false;
        boolean ask = false;
        boolean quote = false;
        for (String w : lower) {
            bang |= w.equals("!");
            ask |= w.equals("?");
            quote |= isQuote(w);
            fams.addAll(Lexicons.families(w));
        }
        if (bang) {
            f.add("S!");
        }
        if (ask) {
            f.add("S?");
        }
        if (quote) {
            f.add("Sq");
        }
        for (String fam : fams) {
            f.add("SL=" + fam);
        }
        return f;
    }

    /** Tokens between an opening and a closing quote mark of the same sentence. */
    private static boolean[] quoted(String[] lower) {
        boolean[] out = new boolean[lower.length];
        boolean in = false;
        for (int i = 0; i < lower.length; i++) {
            if (isQuote(lower[i])) {
                in = !in;
                continue;
            }
            out[i] = in;
        }
        return out;
    }

    static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("''") || w.equals("``") || w.equals("‘")
                || w.equals("’");
    }

    private static String at(String[] a, int i) {
        return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
    }

    /** Word shape with runs collapsed: {@code Obama} is {@code Xx}, {@code 2,000} is {@code d,d}. */
    static String shape(String w) {
        StringBuilder sb = new StringBuilder();
        char last = 0;
        for (int i = 0; i < w.length() && sb.length() < 6; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                sb.append(k);
                last = k;
            }
        }
        return sb.toString();
    }
}
