package org.echotrace.extract.claim;

import org.echotrace.model.TextSpan;

/**
 * What the relation scorer reads of one candidate relation: which layer proposed it and how sure
 * the cue tagger was, the cue's words, stem, tag and classes, whether a source was found and of
 * what kind, on which side of the cue its content lies and how long it is, quotation marks, where
 * the cue stands (in a headline, inside a quotation, inside another relation's content) and its
 * neighbours. Each combined with the layer or the cue's stem where the two interact.
 */
final class RelationFeatures {
    private RelationFeatures() {
    }

    /** The features of candidate number {@code index} of its article, {@code others} read from all of them. */
    static void of(Candidate c, int index, Neighbours others, SentenceView v, FeatureHash out) {
        Words w = v.words();
        Found f = c.found();
        int from = w.size();
        int to = 0;
        for (int i = 0; i < w.size(); i++) {
            if (w.tokens.get(i).span().overlaps(f.cue())) {
                from = Math.min(from, i);
                to = i + 1;
            }
        }
        if (from >= to) {
            from = 0;
            to = Math.min(1, w.size());
        }
        String o = Integer.toString(c.origin());
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(w.stem[k]);
        }
        String cue = sb.toString();
        String head = to > 0 ? w.stem[to - 1] : "-";
        String headPos = to > 0 ? w.pos[to - 1] : "-";
        String margin = margin(c.margin());
        String type = f.cueType().name();
        String source = f.source().map(s -> sourceKind(w, s)).orElse("none");
        String side = side(f);
        boolean quoted = from < w.size() && v.inQuote()[from];
        int nested = others.nested(index, f) ? 1 : 0;
        int frames = others.frames(index, f) ? 1 : 0;
        int rivals = others.rivals(index);
        boolean surest = others.surest(index);
        out.add("b");
        out.add("o", o);
        out.add("t", o, type);
        out.add("c", o, cue);
        out.add("h", head);
        out.add("oh", o, head);
        out.add("hp", o, headPos);
        out.add("m", o, margin);
        out.add("hm", head, margin);
        out.add("s", o, source);
        out.add("hs", head, source);
        out.add("sd", o, side);
        out.add("hsd", head, side);
        out.add("ss", source, side);
        out.add("cl", o, length(f));
        out.add("q", o, quoted ? 1 : 0);
        out.add("hq", head, quoted ? 1 : 0);
        out.add("n", o, nested * 2 + frames);
        out.add("hn", head, nested * 2 + frames);
        out.add("first", o, w.sentence.index() == 0 ? 1 : 0);
        out.add("len", o, to - from);
        out.add("at", o, from == 0 ? "start" : to >= w.size() - 1 ? "end" : "mid");
        out.add("w-1", head, from > 0 ? w.lower[from - 1] : "<s>");
        out.add("w+1", head, to < w.size() ? w.lower[to] : "</s>");
        out.add("p", to < w.size() ? w.pos[to] : "</s>", from > 0 ? w.pos[from - 1] : "<s>");
        out.add("r", o, Math.min(rivals, 3) * 2 + (surest ? 1 : 0));
        out.add("hr", head, Math.min(rivals, 2) * 2 + (surest ? 1 : 0));
        String sourceHead = f.source().map(sp -> sourceHead(w, sp)).orElse("-");
        out.add("sh", o, sourceHead);
        out.add("shh", sourceHead, head);
        out.add("sn", o, CueLexicon.SPEAKING_NOUNS.contains(sourceHead) ? 1 : 0);
        out.add("cv", o, contentHasVerb(w, f) ? 1 : 0);
        out.add("hcv", head, contentHasVerb(w, f) ? 1 : 0);
        for (String k : CueClasses.of(to > 0 ? w.lower[to - 1] : "")) {
            out.add("vc", o, k);
            out.add("vcs", k, source);
            out.add("vcm", k, margin);
        }
    }

    /** The tagger's margin in coarse steps: its scale is the perceptron's, so only the order matters. */
    private static String margin(float m) {
        float a = Math.abs(m);
        String step = a < 1 ? "0" : a < 3 ? "1" : a < 8 ? "3" : a < 20 ? "8" : a < 50 ? "20" : "50";
        return (m < 0 ? "-" : "+") + step;
    }

    private static String sourceKind(Words w, TextSpan s) {
        int last = lastTokenIn(w, s);
        return last < 0 ? "other" : w.pos[last];
    }

    private static String sourceHead(Words w, TextSpan s) {
        int last = lastTokenIn(w, s);
        return last < 0 ? "-" : w.lower[last];
    }

    /** The last of the sentence's tokens inside {@code s} (its head, for a noun phrase), or -1. */
    private static int lastTokenIn(Words w, TextSpan s) {
        int last = -1;
        for (int i = 0; i < w.size(); i++) {
            if (s.contains(w.tokens.get(i).span())) {
                last = i;
            }
        }
        return last;
    }

    /** Whether the content, as far as it lies in the cue's sentence, holds a verb or auxiliary: a clause, not a noun phrase. */
    private static boolean contentHasVerb(Words w, Found f) {
        for (int i = 0; i < w.size(); i++) {
            if (w.pos[i].equals("VERB") || w.pos[i].equals("AUX")) {
                for (TextSpan part : f.content()) {
                    if (part.contains(w.tokens.get(i).span())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String side(Found f) {
        boolean left = f.content().stream().anyMatch(t -> t.start() < f.cue().start());
        boolean right = f.content().stream().anyMatch(t -> t.end() > f.cue().end());
        return left && right ? "both" : left ? "left" : "right";
    }

    private static String length(Found f) {
        int n = 0;
        for (TextSpan t : f.content()) {
            n += t.length();
        }
        return n < 20 ? "<20" : n < 50 ? "<50" : n < 100 ? "<100" : n < 200 ? "<200" : n < 400 ? "<400" : "400+";
    }
}
