package org.echotrace.extract.claim;

import org.echotrace.model.CueType;
import org.echotrace.model.TextSpan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A speaker's name and a colon opening a sentence: the headline "Lavrov: US troops shelter ISIS at
 * al-Tanf", the transcript's "TAPPER: Do you think ...", an interview's "Jones: “The partisanship
 * ...”". The name is the source, the colon the cue, the rest of the sentence the content.
 *
 * <p>Design decision: the name must look like one (a short phrase of capitalised nouns and adjectives
 * or words in capitals, linking words and common nouns after a name, ending in a noun, with no verb,
 * pronoun, number, date or reporting verb: "Clinton camp", "Russian MoD", "HANNITY") and the content
 * must say something (a verb, or a quotation), so labels, section heads and titles stay out:
 * "Photo: Dmitriy Vinogradov", "Source: TASS", "Possible solutions: ...", "Bottom line: ..." (label
 * words), "October 21: ..." (a date), "SouthFront: Analysis and
 * Intelligence" (no verb), "Our commenting rules: ..." (a pronoun). "The WHO website reads: ..." is left
 * to the verb's cue. A phrase after a dash is read alone ("Exclusive – Roger Stone: Don't trust the
 * voting machines"). Checked by eye on the colon relations of the 371 PTC articles, which are not
 * annotated for attribution.
 */
final class ColonCues {
    /** The longest name before the colon, in tokens. */
    private static final int MAX_NAME = 6;
    /** Words that label what follows rather than name who says it. */
    private static final Set<String> LABELS = Set.of("photo", "photos", "picture", "image", "images", "video", "videos",
            "audio", "map", "chart", "graphic", "source", "sources", "credit", "credits", "update", "updated", "updates",
            "note", "notes", "editor", "editors", "editor's", "editor’s", "read", "watch", "listen", "see", "related",
            "also", "more", "breaking", "live", "exclusive", "opinion", "analysis", "commentary", "comment", "comments",
            "review", "transcript", "summary", "background", "context", "disclaimer", "correction", "clarification",
            "warning", "question", "questions", "answer", "q", "a", "faq", "tags", "topics", "filed", "posted",
            "published", "subscribe", "follow", "share", "contact", "email", "e-mail", "via", "h/t", "ps", "p.s.",
            "part", "chapter", "step", "day", "title", "subject", "re", "fwd", "tl;dr", "bonus", "plus", "quote", "quotes",
            "headline", "headlines", "caption", "keywords", "category", "categories", "date", "time", "location",
            "address", "phone", "tel", "fax", "website", "url", "link", "links", "download", "author", "authors", "by",
            "result", "results", "bottom", "line", "problem", "problems", "solution", "solutions", "price", "best", "new",
            "latest", "strategy", "politics", "age", "average", "full", "conclusion", "lesson", "lessons", "takeaway",
            "verdict", "reality", "fact", "facts", "truth", "point", "issue", "issues", "example", "yes", "no", "nah",
            "yeah", "well", "oh", "okay", "wow", "hey");
    /** Kinds of article that a title names before its colon ("Explainer: ..."), beside {@link #LABELS}. */
    private static final Set<String> HEADLINE_LABELS = Set.of("explainer", "factbox", "fact-check", "timeline",
            "interview", "podcast", "feature", "special", "poll", "quiz", "profile", "obituary", "editorial", "letter",
            "letters", "recap", "preview", "review");
    /** Days and months ("May" left out: "Theresa May: ..."); "October 21: ..." dates a line, nobody says it. */
    static final Set<String> DATES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
            "nov.", "dec.", "today", "yesterday", "tonight");
    private static final Set<String> NAME_GLUE = Set.of("of", "the", "and", "&", "at", "'s", "’s", ".", "al", "de", "von",
            "van", "bin", "el", "for");

    private ColonCues() {
    }

    /** The colon attribution opening sentence {@code w}, if it has one. */
    static Optional<Found> find(Words w, ContentSpans spans) {
        return find(w, spans, false);
    }

    /**
     * As {@link #find(Words, ContentSpans)}; for an article's title ({@code headline}) four tokens
     * after the colon suffice, verb or none ({@link HeadlineAttributions}).
     */
    static Optional<Found> find(Words w, ContentSpans spans, boolean headline) {
        // A transcript quoted paragraph by paragraph ("WALLACE: ..., each paragraph opened by a quote
        // mark and none closed) puts its speaker inside the quotation: the mark is skipped, and the
        // colon right after the name may lie inside the quote it opens.
        int lead = w.size() > 2 && (w.is(0, "\"") || w.is(0, "“")) ? 1 : 0;
        int colon = -1;
        for (int i = 1 + lead; i <= MAX_NAME + 2 + lead && i < w.size(); i++) {
            if (w.is(i, ":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            // A digest's item: "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “Gallup’s analysis
            // ...”": a name and its colon after a dash, however long the head before it.
            colon = afterDash(w);
        }
        if (colon < 0 || lead == 0 && spans.inQuote(w.start(colon))) {
            return Optional.empty();
        }
        int from = lead;
        for (int i = colon - 1; i >= lead; i--) {
            if (w.is(i, "–") || w.is(i, "—") || w.is(i, "-") || w.is(i, "|")) {
                from = i + 1;
                break;
            }
        }
        boolean says = headline ? ContentSpans.lastContentToken(w) - colon >= 4 : opensStatement(w, colon + 1);
        if (!isName(w, from, colon) || !says || headline && HEADLINE_LABELS.contains(w.lower[from])) {
            return Optional.empty();
        }
        TextSpan source = new TextSpan(w.start(from), w.end(colon - 1));
        TextSpan cue = new TextSpan(w.start(colon), w.end(colon));
        // Not snapped to the quotation a transcript's paragraph mark opens: it runs on to the next speaker.
        List<TextSpan> content = (lead == 1 ? spans.unquoted() : spans).clauseFrom(w, colon + 1);
        return ContentSpans.kept(w, content).map(c ->
                new Found(spans.cueType(c, ":"), Optional.of(source), cue, c, w.sentence.index()));
    }

    /** The first colon at most {@link #MAX_NAME} tokens after a spaced dash, within the first 40 tokens; else -1. */
    private static int afterDash(Words w) {
        for (int i = 1; i < Math.min(w.size(), 40); i++) {
            if (w.is(i, ":")) {
                for (int k = i - 1; k >= Math.max(0, i - MAX_NAME - 1); k--) {
                    if ((w.is(k, "–") || w.is(k, "—") || w.is(k, "-")) && k > 0 && w.end(k - 1) < w.start(k)) {
                        return k < i - 1 ? i : -1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** The longest speaker after a title's closing colon, in tokens. */
    private static final int MAX_TRAILING = 4;

    /**
     * A title that names its speaker last, after a colon, as the wires write it ("Assad regime
     * responsible for chemical attack: rights group", "World powers on right track on Syria chemical
     * arms: Putin"): one to four tokens after the colon, with no verb, pronoun, number or label word,
     * after four or more before it. Whether those tokens name a speaker is for {@link HeadlineSpeakers}
     * to tell ("Chart of the Week: Clean Energy Themes" names a topic).
     */
    static Optional<Found> trailing(Words w) {
        int last = ContentSpans.lastContentToken(w);
        int colon = -1;
        for (int i = last; i > 0 && last - i < MAX_TRAILING; i--) {
            if (w.is(i, ":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0 || colon == last) {
            return Optional.empty();
        }
        int before = 0;
        for (int i = 0; i < colon; i++) {
            before += Character.isLetterOrDigit(w.text(i).charAt(0)) ? 1 : 0;
        }
        for (int i = colon + 1; i <= last; i++) {
            String pos = w.pos[i];
            if (LABELS.contains(w.lower[i]) || DATES.contains(w.lower[i]) || pos.equals("VERB") || pos.equals("AUX")
                    || pos.equals("PRON") || pos.equals("NUM") || pos.equals("PUNCT") && !w.is(i, ".")) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < colon; i++) {
            if (w.is(i, "|")) {
                return Optional.empty(); // "... | Bangkok Post: news": the site's name and section
            }
        }
        if (before < 4 || LABELS.contains(w.lower[0]) || contracted(w.text(colon + 1))) {
            return Optional.empty(); // "Chart of the Week: Clean Energy Themes", "...: You’re Next"
        }
        TextSpan source = new TextSpan(w.start(colon + 1), w.end(last));
        TextSpan cue = new TextSpan(w.start(colon), w.end(colon));
        TextSpan content = new TextSpan(w.start(0), w.end(colon - 1));
        return Optional.of(new Found(CueType.INDIRECT, Optional.of(source), cue, List.of(content),
                w.sentence.index()));
    }

    /** "You’re", "We'll", "It's": a pronoun and its verb, which no speaker's name opens with ("O'Brien" does). */
    private static boolean contracted(String word) {
        String l = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        int q = l.indexOf('\'');
        return q > 0 && (Set.of("re", "ll", "ve", "d", "m", "t").contains(l.substring(q + 1))
                || Set.of("it's", "that's", "there's", "he's", "she's", "what's", "who's", "here's").contains(l));
    }

    private static boolean isName(Words w, int from, int to) {
        int n = to - from;
        if (n < 1 || n > MAX_NAME || !(nameWord(w, from) || n > 1 && w.pos[from].equals("ADJ") && w.capitalised(from))
                || !nameWord(w, to - 1) && !w.pos[to - 1].equals("NOUN")) {
            return false;
        }
        boolean afterName = false;
        for (int i = from; i < to; i++) {
            String pos = w.pos[i];
            String word = w.lower[i];
            if (LABELS.contains(word) || DATES.contains(word) || CueLexicon.isReportingVerb(word) || pos.equals("VERB")
                    || pos.equals("AUX") || pos.equals("PRON") || pos.equals("NUM") || pos.equals("PUNCT") && !w.is(i, ".")) {
                return false;
            }
            boolean name = nameWord(w, i) || pos.equals("ADJ") && w.capitalised(i);
            if (!name && !NAME_GLUE.contains(word) && !(afterName && pos.equals("NOUN") && !w.capitalised(i))) {
                return false;
            }
            afterName = name || afterName && pos.equals("NOUN");
        }
        return true;
    }

    /** A proper noun, a capitalised noun or a word in capitals. */
    private static boolean nameWord(Words w, int i) {
        return w.pos[i].equals("PROPN") || w.pos[i].equals("NOUN") && w.capitalised(i) || shouted(w.text(i));
    }

    /** A word in capitals, as transcripts write their speakers ("TAPPER", "DB"). */
    private static boolean shouted(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /**
     * Whether what follows a colon at token {@code from - 1} states something: four tokens or more,
     * with a verb or opening a quotation (the model's colon cues are held to it too).
     */
    static boolean opensStatement(Words w, int from) {
        if (ContentSpans.lastContentToken(w) - from + 1 < 4) {
            return false;
        }
        if (w.isQuoteMark(from)) {
            return true;
        }
        for (int i = from; i < w.size(); i++) {
            if (w.pos[i].equals("VERB") || w.pos[i].equals("AUX")) {
                return true;
            }
        }
        return false;
    }
}
