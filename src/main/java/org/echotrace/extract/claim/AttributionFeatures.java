package org.echotrace.extract.claim;

import java.util.List;

/**
 * The features the learned attribution decisions read: for each token, whether it is (part of) a
 * cue; for each cue, on which side its content and its source lie. Words, a crude stem, UPOS
 * tags, neighbours, the quotation state, the cue lexicon and cue classes, the punctuation around
 * the token, and for verb-like tokens the clause around them (the verb before, the subject's head,
 * the next content word).
 */
final class AttributionFeatures {
    private static final String[] W = {"w-2", "w-1", "", "w1", "w2"};
    private static final String[] P = {"p-2", "p-1", "", "p1", "p2"};

    private AttributionFeatures() {
    }

    /** Token {@code i}'s features that do not depend on the labels before it. */
    static void token(Words w, boolean[] inQuote, int i, FeatureHash out) {
        String word = w.lower[i];
        String lemma = w.stem[i];
        String p = w.pos[i];
        int q = inQuote[i] ? 1 : 0;
        out.add("b");
        out.add("w", word);
        out.add("l", lemma);
        out.add("p", p);
        out.add("lp", lemma, p);
        out.add("s3", suffix(word, 3));
        out.add("cap", p, w.capitalised(i) ? 1 : 0);
        out.add("q", p, q);
        out.add("lex", p, CueLexicon.isReportingVerb(word) ? 1 : 0);
        out.add("sn", CueLexicon.SPEAKING_NOUNS.contains(word) ? 1 : 0);
        for (int d = -2; d <= 2; d++) {
            if (d != 0) {
                out.add(W[d + 2], at(w, i + d));
                out.add(P[d + 2], posAt(w, i + d));
            }
        }
        out.add("pp", posAt(w, i - 1), p);
        out.add("pn", p, posAt(w, i + 1));
        out.add("ppn", posAt(w, i - 1), p, posAt(w, i + 1));
        out.add("wn", lemma, at(w, i + 1));
        out.add("wv", at(w, i - 1), lemma);
        out.add("ln", lemma, posAt(w, i + 1));
        out.add("lv", posAt(w, i - 1), lemma);
        out.add("qn", (w.isQuoteMark(i + 1) || w.isQuoteMark(i + 2) ? 2 : 0) + (w.isQuoteMark(i - 1) || w.isQuoteMark(i - 2) ? 1 : 0));
        out.add("first", lemma, i == 0 ? 1 : 0);
        out.add("last", p, i >= w.size() - 2 ? 1 : 0);
        out.add("comma", p, commaBefore(w, i) ? 1 : 0);
        out.add("nn", at(w, i + 1), at(w, i + 2));
        out.add("pnn", posAt(w, i + 1), posAt(w, i + 2));
        out.add("pvv", posAt(w, i - 2), posAt(w, i - 1));
        out.add("lq", lemma, q);
        boolean that = thatAhead(w, i);
        out.add("that", lemma, that ? 1 : 0);
        out.add("s2", suffix(word, 2), p);
        out.add("pv", verbBefore(w, i), lemma);
        out.add("nc", lemma, contentWordAfter(w, i));
        out.add("li", bucket(i), p);
        if (i > 0 && i <= 6 && w.isPunct(i)) {
            // A headline's "Kerry: ..." or "Wash Post Fact-Check: ...": only a name before the mark.
            out.add("lead", word, namesOnlyBefore(w, i) ? 1 : 0);
        }
        String subj = "-";
        String subjHead = "-";
        boolean verbLike = p.equals("VERB") || p.equals("NOUN") || p.equals("ADJ") || p.equals("AUX") || p.equals("ADP");
        if (verbLike) {
            // The clause around a verb-like token: a subject before it, a clause after it.
            SourcePhrases.Phrase subject = SourcePhrases.leftOf(w, SourcePhrases.skipBetween(w, i));
            subj = subject.isEmpty() ? "-" : w.pos[subject.to() - 1];
            subjHead = subject.isEmpty() ? "-" : w.stem[subject.to() - 1];
            boolean verbAhead = verbAhead(w, i);
            out.add("subj", subj, p);
            out.add("subjl", subj, lemma);
            out.add("sh", subjHead, lemma);
            out.add("verbAhead", p, verbAhead ? 1 : 0);
            out.add("vl", lemma, verbAhead ? 1 : 0);
            out.add("rn", bucket(w.size() - i - 1), p);
        }
        List<String> classes = CueClasses.of(word);
        for (String c : classes) {
            out.add("vc", c);
            out.add("vcp", c, p);
            out.add("vcq", c, q);
            out.add("vcn", c, at(w, i + 1));
            out.add("vcv", at(w, i - 1), c);
            out.add("vct", c, that ? 1 : 0);
            out.add("vcs", c, subj);
            out.add("vcpv", verbBefore(w, i), c);
        }
        for (String c : CueClasses.of(at(w, i - 1))) {
            out.add("vc-1", c, p);
        }
        for (String c : CueClasses.of(at(w, i + 1))) {
            out.add("vc+1", c, p);
        }
        for (String c : CueClasses.of(subjHead)) {
            out.add("shc", c, classes.isEmpty() ? "-" : classes.get(0));
        }
    }

    /** The label-dependent features of token {@code i}: the label before it, alone and with the word. */
    static void previous(FeatureHash f, int prev, Words w, int i) {
        f.add("pl", prev);
        f.add("pll", w.stem[i], prev);
        f.add("plp", w.pos[i], prev);
        for (String c : CueClasses.of(w.lower[i])) {
            f.add("plc", c, prev);
        }
    }

    /** Features of a cue spanning tokens {@code [from, to)}: where its content and its source lie. */
    static void cue(Words w, boolean[] inQuote, int from, int to, FeatureHash out) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(w.stem[k]);
        }
        String cue = sb.toString();
        String head = w.stem[to - 1];
        int right = w.size() - to;
        out.add("b");
        out.add("c", cue);
        out.add("h", head);
        out.add("hp", w.pos[to - 1]);
        out.add("fp", w.pos[from]);
        out.add("q", inQuote[from] ? 1 : 0);
        for (int d = 1; d <= 3; d++) {
            out.add("r", at(w, to - 1 + d), d);
            out.add("rp", posAt(w, to - 1 + d), d);
            out.add("l", at(w, from - d), d);
            out.add("lp", posAt(w, from - d), d);
        }
        out.add("hr", head, posAt(w, to));
        out.add("hl", posAt(w, from - 1), head);
        out.add("rn", bucket(right));
        out.add("ln", bucket(from));
        out.add("hrn", head, bucket(right));
        out.add("hln", head, bucket(from));
        out.add("qr", (quoteAhead(w, to) ? 2 : 0) + (quoteBehind(w, from) ? 1 : 0));
        out.add("cb", (commaBefore(w, from) ? 2 : 0) + (to < w.size() && w.is(to, ",") ? 1 : 0));
        int j = SourcePhrases.skipBetween(w, from);
        SourcePhrases.Phrase left = SourcePhrases.leftOf(w, j);
        out.add("sl", left.isEmpty() ? "-" : w.pos[left.to() - 1]);
        out.add("slo", !left.isEmpty() && left.from() == 0 ? 1 : 0);
        SourcePhrases.Phrase after = SourcePhrases.rightOf(w, to);
        out.add("sr", after.isEmpty() ? "-" : w.pos[after.from()]);
        out.add("srh", head, (after.isEmpty() ? 0 : 2) + (left.isEmpty() ? 0 : 1));
        out.add("slh", left.isEmpty() ? "-" : w.stem[left.to() - 1]);
        out.add("pv", verbBefore(w, from), head);
        // Whether each side holds a clause or a quotation at all, or only adjuncts ("to an American afterward").
        int rightVerb = firstVerb(w, to, w.size());
        int leftVerb = lastVerb(w, 0, from);
        out.add("rv", rightVerb < 0 ? "-" : bucket(rightVerb - to), leftVerb < 0 ? "-" : bucket(from - 1 - leftVerb));
        out.add("hrv", head, (rightVerb < 0 ? 0 : 2) + (leftVerb < 0 ? 0 : 1));
        out.add("qs", (quoteIn(w, to, w.size()) ? 2 : 0) + (quoteIn(w, 0, from) ? 1 : 0));
        for (String c : CueClasses.of(w.lower[to - 1])) {
            out.add("vc", c);
            out.add("vcr", c, bucket(right));
            out.add("vcl", c, bucket(from));
            out.add("vcs", c, (after.isEmpty() ? 0 : 2) + (left.isEmpty() ? 0 : 1));
        }
    }

    /** The stem of the nearest verb or auxiliary in the three tokens before {@code i}, not across punctuation. */
    private static String verbBefore(Words w, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (w.isPunct(k)) {
                return "-";
            }
            if (w.pos[k].equals("VERB") || w.pos[k].equals("AUX")) {
                return w.stem[k];
            }
        }
        return "-";
    }

    /** The stem of the first noun, verb, pronoun or subordinator after {@code i} within four tokens: "called for", "said in a statement". */
    private static String contentWordAfter(Words w, int i) {
        for (int k = i + 1; k < Math.min(w.size(), i + 5); k++) {
            String p = w.pos[k];
            if (p.equals("NOUN") || p.equals("VERB") || p.equals("PRON") || p.equals("SCONJ") || p.equals("PROPN") || w.isPunct(k)) {
                return p.equals("PROPN") ? "PROPN" : w.stem[k];
            }
        }
        return "-";
    }

    private static boolean namesOnlyBefore(Words w, int i) {
        for (int k = 0; k < i; k++) {
            if (!w.pos[k].equals("PROPN") && !w.pos[k].equals("NOUN") && !w.is(k, "-") && !w.pos[k].equals("PART")) {
                return false;
            }
        }
        return true;
    }

    private static int firstVerb(Words w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (w.pos[k].equals("VERB") || w.pos[k].equals("AUX")) {
                return k;
            }
        }
        return -1;
    }

    private static int lastVerb(Words w, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (w.pos[k].equals("VERB") || w.pos[k].equals("AUX")) {
                return k;
            }
        }
        return -1;
    }

    private static boolean quoteIn(Words w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (w.isQuoteMark(k)) {
                return true;
            }
        }
        return false;
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
