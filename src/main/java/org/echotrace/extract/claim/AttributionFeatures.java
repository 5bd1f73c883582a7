package org.echotrace.extract.claim;

import java.util.List;

/**
 * The features the learned attribution decisions read: for each token, whether it is (part of) a
 * cue; for each cue, on which side its content and its source lie. Words, a crude lemma, UPOS
 * tags, neighbours, the quotation state, the cue lexicon and the punctuation around the token.
 */
final class AttributionFeatures {
    private AttributionFeatures() {
    }

    /** Token {@code i}'s features that do not depend on the labels before it. */
    static void token(Words w, boolean[] inQuote, int i, List<String> out) {
        String word = w.lower[i];
        String lemma = lemma(word);
        out.add("b");
        out.add("w=" + word);
        out.add("l=" + lemma);
        out.add("p=" + w.pos[i]);
        out.add("lp=" + lemma + "|" + w.pos[i]);
        out.add("s3=" + suffix(word, 3));
        out.add("cap=" + (w.capitalised(i) ? 1 : 0) + "|" + w.pos[i]);
        out.add("q=" + (inQuote[i] ? 1 : 0) + "|" + w.pos[i]);
        out.add("lex=" + (CueLexicon.isReportingVerb(word) ? 1 : 0) + "|" + w.pos[i]);
        out.add("sn=" + (CueLexicon.SPEAKING_NOUNS.contains(word) ? 1 : 0));
        for (int d = -2; d <= 2; d++) {
            if (d != 0) {
                out.add("w" + d + "=" + at(w, i + d));
                out.add("p" + d + "=" + posAt(w, i + d));
            }
        }
        out.add("pp=" + posAt(w, i - 1) + "|" + w.pos[i]);
        out.add("pn=" + w.pos[i] + "|" + posAt(w, i + 1));
        out.add("ppn=" + posAt(w, i - 1) + "|" + w.pos[i] + "|" + posAt(w, i + 1));
        out.add("wn=" + lemma + "|" + at(w, i + 1));
        out.add("wv=" + at(w, i - 1) + "|" + lemma);
        out.add("ln=" + lemma + "|" + posAt(w, i + 1));
        out.add("lv=" + posAt(w, i - 1) + "|" + lemma);
        out.add("qn=" + (w.isQuoteMark(i + 1) || w.isQuoteMark(i + 2) ? 1 : 0) + "|" + (w.isQuoteMark(i - 1) || w.isQuoteMark(i - 2) ? 1 : 0));
        out.add("first=" + (i == 0) + "|" + lemma);
        out.add("last=" + (i >= w.size() - 2) + "|" + w.pos[i]);
        out.add("comma=" + commaBefore(w, i) + "|" + w.pos[i]);
        out.add("nn=" + at(w, i + 1) + "|" + at(w, i + 2));
        out.add("pnn=" + posAt(w, i + 1) + "|" + posAt(w, i + 2));
        out.add("pvv=" + posAt(w, i - 2) + "|" + posAt(w, i - 1));
        out.add("lq=" + lemma + "|" + (inQuote[i] ? 1 : 0));
        out.add("that=" + lemma + "|" + thatAhead(w, i));
        out.add("s2=" + suffix(word, 2) + "|" + w.pos[i]);
        String p = w.pos[i];
        if (p.equals("VERB") || p.equals("NOUN") || p.equals("ADJ") || p.equals("AUX") || p.equals("ADP")) {
            // The clause around a verb-like token: a subject before it, a clause after it.
            SourcePhrases.Phrase subject = SourcePhrases.leftOf(w, SourcePhrases.skipBetween(w, i));
            String subj = subject.isEmpty() ? "-" : w.pos[subject.to() - 1];
            out.add("subj=" + subj + "|" + p);
            out.add("subjl=" + subj + "|" + lemma);
            out.add("verbAhead=" + verbAhead(w, i) + "|" + p);
            out.add("vl=" + verbAhead(w, i) + "|" + lemma);
            out.add("rn=" + bucket(w.size() - i - 1) + "|" + p);
        }
    }

    private static boolean verbAhead(Words w, int i) {
        for (int k = i + 1; k < Math.min(w.size(), i + 7); k++) {
            if (w.pos[k].equals("VERB") || w.pos[k].equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    private static boolean thatAhead(Words w, int i) {
        for (int k = i + 1; k < Math.min(w.size(), i + 5); k++) {
            if (w.is(k, "that") || w.is(k, ":")) {
                return true;
            }
        }
        return false;
    }

    /** Features of a cue spanning tokens {@code [from, to)}: where its content and its source lie. */
    static void cue(Words w, boolean[] inQuote, int from, int to, List<String> out) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(lemma(w.lower[k]));
        }
        String cue = sb.toString();
        String head = lemma(w.lower[to - 1]);
        int right = w.size() - to;
        out.add("b");
        out.add("c=" + cue);
        out.add("h=" + head);
        out.add("hp=" + w.pos[to - 1]);
        out.add("fp=" + w.pos[from]);
        out.add("q=" + (inQuote[from] ? 1 : 0));
        for (int d = 1; d <= 3; d++) {
            out.add("r" + d + "=" + at(w, to - 1 + d));
            out.add("rp" + d + "=" + posAt(w, to - 1 + d));
            out.add("l" + d + "=" + at(w, from - d));
            out.add("lp" + d + "=" + posAt(w, from - d));
        }
        out.add("hr=" + head + "|" + posAt(w, to));
        out.add("hl=" + posAt(w, from - 1) + "|" + head);
        out.add("rn=" + bucket(right));
        out.add("ln=" + bucket(from));
        out.add("hrn=" + head + "|" + bucket(right));
        out.add("hln=" + head + "|" + bucket(from));
        out.add("qr=" + quoteAhead(w, to) + "|" + quoteBehind(w, from));
        out.add("cb=" + commaBefore(w, from) + "|" + (to < w.size() && w.is(to, ",")));
        int j = SourcePhrases.skipBetween(w, from);
        SourcePhrases.Phrase left = SourcePhrases.leftOf(w, j);
        out.add("sl=" + !left.isEmpty() + "|" + (left.isEmpty() ? "-" : w.pos[left.to() - 1]));
        out.add("slo=" + (!left.isEmpty() && left.from() == 0));
        SourcePhrases.Phrase after = SourcePhrases.rightOf(w, to);
        out.add("sr=" + !after.isEmpty() + "|" + (after.isEmpty() ? "-" : w.pos[after.from()]));
        out.add("srh=" + head + "|" + !after.isEmpty() + "|" + !left.isEmpty());
    }

    /** A crude lemma: the common English inflections stripped, so "says", "said" and "saying" share evidence. */
    static String lemma(String word) {
        if (word.equals("said") || word.equals("says")) {
            return "say";
        }
        if (word.equals("told") || word.equals("tells")) {
            return "tell";
        }
        int n = word.length();
        if (n > 5 && word.endsWith("ing")) {
            return word.substring(0, n - 3);
        }
        if (n > 4 && word.endsWith("ed")) {
            return word.substring(0, n - 2);
        }
        if (n > 4 && word.endsWith("es")) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static String at(Words w, int i) {
        return i < 0 ? "<s>" : i >= w.size() ? "</s>" : w.lower[i];
    }

    private static String posAt(Words w, int i) {
        return i < 0 ? "<s>" : i >= w.size() ? "</s>" : w.pos[i];
    }

    private static String suffix(String word, int n) {
        return word.length() <= n ? word : word.substring(word.length() - n);
    }

    private static String bucket(int n) {
        return n == 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : n <= 6 ? "4-6" : n <= 12 ? "7-12" : "13+";
    }

    private static boolean commaBefore(Words w, int i) {
        return i > 0 && (w.is(i - 1, ",") || w.isQuoteMark(i - 1) && i > 1 && w.is(i - 2, ","));
    }

    private static boolean quoteAhead(Words w, int to) {
        for (int k = to; k < Math.min(w.size(), to + 3); k++) {
            if (w.isQuoteMark(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoteBehind(Words w, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
            if (w.isQuoteMark(k)) {
                return true;
            }
        }
        return false;
    }
}
