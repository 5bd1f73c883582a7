package org.echotrace.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.echotrace.model.Attribution;
import org.echotrace.model.Speaker;
import org.echotrace.model.SpeakerKind;
import org.echotrace.model.TextSpan;

/**
 * Who "I" and "we" are. Inside what someone is reported to say ("'I know the pain of these cases,'
 * he said"), the first person is that someone: the speaker of the relation whose content holds
 * the cue. Inside a quotation no relation was found for, it is left as the resolver read it (the
 * person named last, whom the quotation most often follows), and so is "we" anywhere. An "I"
 * anywhere else is the writer ("I was tempted to despair"): the article's author, by name where
 * the page gives one, else "the author"; never the person the text named last. The writer's
 * sentences are the outlet's own claims ({@link #isWriter}); the relation keeps its speaker.
 */
final class FirstPersonSpeakers {
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");

    private FirstPersonSpeakers() {
    }

    /** {@code speakers.get(i)} is the speaker of {@code found.get(i)}; the list returned is the same but for "I" and "we". */
    static List<Speaker> resolve(List<Found> found, List<Speaker> speakers, List<Quotes.Quote> quotes, String text,
                                 Optional<String> author) {
        List<Speaker> out = new ArrayList<>(speakers);
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.source().isEmpty() || !isFirstPerson(f.source().get(), text)) {
                continue;
            }
            Optional<Integer> outer = innermostHolder(found, speakers, i, text);
            if (outer.isPresent()) {
                Speaker o = speakers.get(outer.get());
                out.set(i, new Speaker(o.name(), o.kind(), o.role(), o.organisation(), f.source().get(),
                        Optional.of(o.resolvedFrom().orElse(o.mention()))));
            } else if (isSingular(f.source().get(), text) && !quoted(quotes, f.cue()) && !openQuote(text, f.cue().start())) {
                out.set(i, writer(f.source().get(), author));
            }
        }
        return out;
    }

    /** The writer: the article's author by name where the page gives one, else "the author". */
    private static Speaker writer(TextSpan mention, Optional<String> author) {
        return author.filter(a -> !a.isBlank())
                .map(a -> new Speaker(a.trim(), SpeakerKind.PERSON, Optional.of(AUTHOR), Optional.empty(), mention, Optional.empty()))
                .orElseGet(() -> new Speaker("the " + AUTHOR, SpeakerKind.UNKNOWN, Optional.of(AUTHOR), Optional.empty(), mention,
                        Optional.empty()));
    }

    private static final String AUTHOR = "author";

    /**
     * Whether an attribution is the writer's own first person ("I believe ..."): its sentence is
     * then the outlet's own claim, as the rest of what the writer asserts is.
     */
    static boolean isWriter(Attribution a, String text) {
        return a.speaker().filter(s -> s.role().equals(Optional.of(AUTHOR)) && s.resolvedFrom().isEmpty()).isPresent()
                && a.source().filter(src -> isSingular(src, text)).isPresent();
    }

    /**
     * "I", not "we": a wire report's "we" outside quotation marks is mostly a speaker whose marks
     * the copy lost ("we will besiege them" said the commander), an opinion piece's "I" the writer.
     */
    private static boolean isSingular(TextSpan source, String text) {
        String w = source.textOf(text).trim().toLowerCase(Locale.ROOT);
        return w.equals("i") || w.equals("me");
    }

    private static boolean isFirstPerson(TextSpan source, String text) {
        return FIRST_PERSON.contains(source.textOf(text).trim().toLowerCase(Locale.ROOT));
    }

    /** The relation with the shortest content span holding {@code found.get(i)}'s cue, spoken by someone who is not "I" themselves. */
    private static Optional<Integer> innermostHolder(List<Found> found, List<Speaker> speakers, int i, String text) {
        TextSpan cue = found.get(i).cue();
        Integer best = null;
        int bestLength = Integer.MAX_VALUE;
        for (int k = 0; k < found.size(); k++) {
            Found o = found.get(k);
            if (k == i || speakers.get(k) == null || o.source().map(s -> isFirstPerson(s, text)).orElse(false)) {
                continue;
            }
            for (TextSpan c : o.content()) {
                if (c.contains(cue) && c.length() < bestLength) {
                    best = k;
                    bestLength = c.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a curly quotation opened before {@code at} and has not closed, within the lines of
     * one paragraph block (a letter quoted line by line: 'Weinandy: “I could hardly believe ...\n
     * I considered it an apostolic mandate.”'), which the quotation finder, paragraph by paragraph,
     * does not see.
     */
    static boolean openQuote(String text, int at) {
        int from = Math.max(0, at - QUOTE_REACH);
        int block = text.lastIndexOf("\n\n", at);
        from = Math.max(from, block < 0 ? 0 : block);
        int open = text.lastIndexOf('“', at);
        if (open >= from && text.lastIndexOf('”', at) < open) {
            return true;
        }
        // Straight marks open and close alike: an odd number of them before it in its block.
        long straight = text.substring(from, at).chars().filter(c -> c == '"').count();
        return straight % 2 == 1;
    }

    private static final int QUOTE_REACH = 1500;

    private static boolean quoted(List<Quotes.Quote> quotes, TextSpan cue) {
        for (Quotes.Quote q : quotes) {
            if (q.contains(cue.start())) {
                return true;
            }
        }
        return false;
    }
}
