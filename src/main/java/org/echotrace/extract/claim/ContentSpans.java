package org.echotrace.extract.claim;

import org.echotrace.model.CueType;
import org.echotrace.model.SpanIndex;
import org.echotrace.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The content side of a cue {@link AttributionFinder} found: the clause after it (past adjuncts
 * and hearers: "told reporters on Friday that ..."), the clause before a source, the quote resuming
 * after an interrupting source; every span snapped to whole quotations where it touches one, and
 * typed direct when quotations hold it.
 */
final class ContentSpans {
    private static final Set<String> AFTER_CUE = Set.of("on", "in", "at", "during", "after", "before", "last",
            "late", "early", "earlier", "later", "yesterday", "today", "tonight", "statement", "briefing",
            "interview", "press", "conference", "news", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "week", "month", "year", "also", "further", "again", "repeatedly",
            "publicly", "reporters", "journalists", "media", "out", "back", "up", "to", "told", "with", "via",
            "by", "through", "over", "phone", "telephone", "written", "televised", "evening", "morning",
            "afternoon", "night", "weekend", "recently");
    private static final Set<String> TELL_OBJECTS = Set.of("reporters", "journalists", "media", "press", "newsmen",
            "lawmakers", "congress", "parliament", "supporters", "crowd", "audience", "viewers", "listeners", "him",
            "her", "them", "us", "me", "colleagues", "officials", "correspondents");

    private final String text;
    private final List<Quotes.Quote> quotes;
    private final SpanIndex quoted;

    ContentSpans(String text, List<Quotes.Quote> quotes) {
        this.text = text;
        this.quotes = quotes;
        this.quoted = Quotes.parts(quotes);
    }

    /** Content after a cue: past its adjuncts ("on Wednesday", "told reporters") to the end of the sentence. */
    List<TextSpan> right(Words w, int from) {
        int k = from;
        // "told CNN that", "told The Washington Post on Friday that": the hearer is not content; nor is the
        // date after "on" ("said on 12 June ..."), but a number right after the cue is ("said 20 soldiers died").
        int that = -1;
        for (int i = from; i < Math.min(w.size(), from + 10); i++) {
            if (w.is(i, "that") || w.isQuoteMark(i)) {
                that = i;
                break;
            }
            if (w.pos[i].equals("VERB") || w.pos[i].equals("AUX")) {
                break;
            }
        }
        if (that >= 0) {
            return clauseFrom(w, that);
        }
        while (k < w.size() && (AFTER_CUE.contains(w.lower[k]) || TELL_OBJECTS.contains(w.lower[k]) && !country(w, k)
                || date(w, k, from) || w.is(k, ",") && !w.isQuoteMark(k + 1) && k + 1 < w.size() && !w.is(k + 1, "that"))) {
            if (w.is(k, "that") || w.isQuoteMark(k)) {
                break;
            }
            k++;
        }
        while (k < w.size() && (w.is(k, ",") || w.is(k, ":"))) {
            k++;
        }
        return clauseFrom(w, k);
    }

    private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "at", "during", "after", "before", "by", "over",
            "since", "until");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.");

    /** A day, month or year after "on" or "in" ("said on 12 June", "in 2014"), not a number the content opens with. */
    private static boolean date(Words w, int k, int from) {
        if (k <= from) {
            return false;
        }
        String before = w.lower[k - 1];
        boolean afterDate = DATE_PREPOSITIONS.contains(before) || MONTHS.contains(before) || w.pos[k - 1].equals("NUM") && date(w, k - 1, from);
        return afterDate && (w.pos[k].equals("NUM") || MONTHS.contains(w.lower[k]) && w.capitalised(k));
    }

    /** "US", the country, is no hearer ("told us" is; "says US troops ..." names the content's subject). */
    private static boolean country(Words w, int k) {
        return w.is(k, "us") && !w.text(k).equals("us");
    }

    List<TextSpan> clauseFrom(Words w, int k) {
        List<TextSpan> out = new ArrayList<>();
        if (k >= w.size()) {
            return out;
        }
        int last = lastContentToken(w);
        if (last < k) {
            return out;
        }
        int end = w.end(last);
        if (last == w.size() - 1 && w.text(last).length() > 1 && w.text(last).endsWith(".")) {
            end--;
        }
        out.add(snap(new TextSpan(w.start(k), end)));
        return out;
    }

    /** Content before a source phrase at token {@code sourceFrom}: from the sentence start, without the separating comma. */
    List<TextSpan> left(Words w, int sourceFrom) {
        List<TextSpan> out = new ArrayList<>();
        int last = sourceFrom - 1;
        while (last >= 0 && (w.is(last, ",") || w.is(last, "—") || w.is(last, "-") || w.is(last, "–"))) {
            last--;
        }
        if (last < 0) {
            // '“... there!” Smith said last week.': a quotation that ends in "!" or "?" closes its own
            // sentence, and the cue's sentence opens with its source. The quotation just before it speaks.
            quoteEndingBefore(w.start(0)).ifPresent(q -> out.addAll(q.parts()));
            return out;
        }
        int first = 0;
        while (first < last && (w.pos[first].equals("CCONJ") || w.is(first, ","))) {
            first++;
        }
        out.add(snap(new TextSpan(w.start(first), w.end(last))));
        return out;
    }

    /** '"Part one," he said, "part two."': the quote resuming after the source. */
    List<TextSpan> continuation(Words w, int from) {
        List<TextSpan> out = new ArrayList<>();
        int k = from;
        while (k < w.size() && (w.is(k, ",") || w.is(k, ":"))) {
            k++;
        }
        if (k < w.size() && k > from && w.isQuoteMark(k)) {
            out.add(snap(new TextSpan(w.start(k), w.end(lastContentToken(w)))));
        }
        return out;
    }

    /**
     * The last token of a sentence that belongs to content: its final full stop is left out, closing
     * quotes kept, and so is a word the tagger took for punctuation ("-Hajar" of "al-Hajar").
     */
    static int lastContentToken(Words w) {
        int last = w.size() - 1;
        while (last >= 0 && w.isPunct(last) && !w.isQuoteMark(last) && !w.is(last, ")") && !w.is(last, "]")
                && !hasLetterOrDigit(w.text(last))) {
            last--;
        }
        return last;
    }

    private static boolean hasLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A span touching a quotation grows to the whole quotation (all its paragraphs). */
    TextSpan snap(TextSpan span) {
        TextSpan out = span;
        for (Quotes.Quote q : quotes) {
            TextSpan e = q.extent();
            if (e.overlaps(span) && q.words() >= 3) {
                out = out.union(e);
            }
        }
        return out;
    }

    CueType cueType(List<TextSpan> content, String cueWord) {
        for (TextSpan c : content) {
            boolean quoted = false;
            for (Quotes.Quote q : quotes) {
                TextSpan e = q.extent();
                if (e.contains(trimmed(c)) || trimmed(c).contains(e) && e.length() * 10 >= trimmed(c).length() * 8) {
                    quoted = true;
                }
            }
            if (!quoted) {
                return CueType.INDIRECT;
            }
        }
        return content.isEmpty() ? CueType.INDIRECT : CueType.DIRECT;
    }

    private TextSpan trimmed(TextSpan s) {
        int a = s.start();
        int b = s.end();
        while (a < b && !Character.isLetterOrDigit(text.charAt(a)) && !isQuoteChar(text.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1)) && !isQuoteChar(text.charAt(b - 1))) {
            b--;
        }
        return new TextSpan(a, b);
    }

    private static boolean isQuoteChar(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
    }

    /** The quotation that ends right before {@code offset}, spaces between and no line break. */
    private Optional<Quotes.Quote> quoteEndingBefore(int offset) {
        for (Quotes.Quote q : quotes) {
            int end = q.extent().end();
            if (end <= offset && q.words() >= 2 && onlySpaces(end, offset)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    private boolean onlySpaces(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** The same text with no quotations to snap to. */
    ContentSpans unquoted() {
        return new ContentSpans(text, List.of());
    }

    boolean inQuote(int offset) {
        return quoted.covers(offset);
    }

    /** Content worth keeping: at least two words in all. */
    static Optional<List<TextSpan>> kept(Words w, List<TextSpan> content) {
        int chars = 0;
        for (TextSpan c : content) {
            chars += c.length();
        }
        if (content.isEmpty() || chars < 6) {
            return Optional.empty();
        }
        return Optional.of(content);
    }
}
