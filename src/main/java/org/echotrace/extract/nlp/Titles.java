package org.echotrace.extract.nlp;

import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An article's title read as sentences beside its body, for the stages that read it as the body's
 * first line (claims, techniques): the title segment's sentences, in paragraph -1, unless the body
 * opens with the same words (a page or a feed that repeats its headline), where the body's own first
 * sentence is the title.
 */
public final class Titles {
    private Titles() {
    }

    /** The title's sentences, as {@code tagged} rewrites the words the tagger reads; none when there is no title or the body repeats it. */
    public static List<Sentence> sentences(AnalyzedArticle in, SentenceAnnotator annotator, UnaryOperator<List<String>> tagged) {
        List<Sentence> out = new ArrayList<>();
        for (Segment s : in.clean().segments()) {
            if (s.kind() == SegmentKind.TITLE) {
                annotator.annotate(in.text(), s.start(), s.end(), -1, out, tagged);
                break;
            }
        }
        return !out.isEmpty() && bodyRepeats(in, out.get(0)) ? List.of() : out;
    }

    /**
     * The title's sentences and the body's in text order, numbered in that order (a title above its
     * body, as cleaners find it, is sentence 0).
     */
    public static List<Sentence> withBody(List<Sentence> title, List<Sentence> body) {
        if (title.isEmpty()) {
            return body;
        }
        List<Sentence> all = new ArrayList<>(title);
        all.addAll(body);
        all.sort(java.util.Comparator.comparing(Sentence::span));
        List<Sentence> out = new ArrayList<>(all.size());
        for (Sentence s : all) {
            out.add(new Sentence(out.size(), s.paragraph(), s.span(), s.tokens()));
        }
        return out;
    }

    /** Whether the body's first words are the title's. */
    static boolean bodyRepeats(AnalyzedArticle in, Sentence title) {
        if (in.sentences().isEmpty()) {
            return false;
        }
        String head = lettersOf(title.textOf(in.text()));
        int from = in.sentences().get(0).span().start();
        String body = in.text().substring(from, Math.min(in.text().length(), from + 2 * title.span().length() + 16));
        return !head.isEmpty() && lettersOf(body).startsWith(head);
    }

    private static String lettersOf(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }
}
