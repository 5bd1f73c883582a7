package org.echotrace.extract.claim;

import org.echotrace.embed.EmbeddingVocabulary;
import org.echotrace.extract.entity.Chunk;
import org.echotrace.extract.entity.EntityTagger;
import org.echotrace.model.EntityType;
import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a title's attribution names someone who speaks. A title has no body around it and no
 * relation scorer behind it, and headline writers put a topic, a place or a verdict before a colon
 * as often as a speaker ("Ukraine War: ...", "Greece: 13 migrants charged ...", "Hypocrisy: ...",
 * "Scorecard: ..."), and use verbs of saying in senses that are not ("Bombs Continue to Fall",
 * "Putin Blamed for ...", "Voters Want ..."). So a title's speaker must pass a test of its own:
 *
 * <ul>
 *   <li>before a colon: a person or an organisation by the entity tagger, covering the name's end
 *   (titles and roles may come first: "Sen. Graham", "Cardinal Müller"); or a name whose head
 *   word names a speaker ("Lawyer", "Texas Mom", "Interim Minister of Health", "Syrian
 *   Opposition"); or one capitalised name that is no common English word ("Lavrov"). A place is a
 *   dateline or a topic ("Greece:", "Ukraine:"), never the speaker;</li>
 *   <li>with a verb: a verb of speech, writing, argument, admission, warning, request, judgement or
 *   naming, in its present or "said" form (headlines write the passive as a bare participle: "Gunman
 *   Charged", "Nigeria, Others Urged to ..."), not followed by "to", with a noun, not a pronoun, as
 *   its subject ("They Think We Are Fools" names nobody).</li>
 * </ul>
 *
 * <p>Design decision: the entity tagger reads the title here, although entities are another stage:
 * the claims stage runs before the entity stage, so it cannot wait for the title's entities.
 */
final class HeadlineSpeakers {
    /** Words of {@link SpeakerParser#TITLES} that qualify a head and are none themselves. */
    private static final Set<String> NOT_HEADS = Set.of("of", "the", "first", "top", "senior", "former", "acting",
            "vice", "foreign", "interior", "assistant", "defense", "defence", "military", "press", "state", "prime");
    /** The classes of a verb that may report what its subject says ({@link CueClasses}). */
    private static final Set<String> SAYING = Set.of("speak", "write", "argue", "admit", "predict", "request",
            "judge", "label");
    private static final Set<String> PASSIVE_AUX = Set.of("is", "are", "was", "were", "be", "been", "being", "get",
            "gets", "got");
    /** The tags a subject's head may have: "They Think ...", "Who Want ..." and "Won't Condemn" name nobody. */
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "ADJ", "NUM", "X");
    /** Head nouns of events, which warn, threaten or claim lives but never speak. */
    private static final Set<String> EVENTS = Set.of("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
            "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "raid", "raids", "shelling", "fighting",
            "clashes", "offensive", "war", "crisis", "violence", "fire", "flood", "floods", "storm", "quake", "earthquake",
            "outbreak", "siege", "collapse", "crash", "shooting", "ambush", "assault", "escalation", "surge", "move");

    private HeadlineSpeakers() {
    }

    /** Whether the name before a title's colon ({@code source}) is a speaker's. */
    static boolean colonSpeaker(Sentence title, TextSpan source, EntityTagger entities) {
        Name n = Name.of(title, source, entities);
        if (n == null) {
            return false;
        }
        int from = n.from();
        int to = n.to();
        List<String> words = n.words();
        for (Chunk c : n.chunks()) {
            if (c.from() < to && to <= c.to()) {
                if (c.type() == EntityType.PLACE) {
                    return false;
                }
                if ((c.type() == EntityType.PERSON || c.type() == EntityType.ORGANISATION) && c.from() >= from
                        && titlesOnly(words.subList(from, c.from()))) {
                    return true;
                }
            }
        }
        int head = to - 1;
        for (int i = from + 1; i < to; i++) {
            if (lower(words.get(i)).equals("of")) {
                head = i - 1;
                break;
            }
        }
        if (speakerWord(lower(words.get(head)))) {
            return true;
        }
        String only = words.get(from);
        return to - from == 1 && title.tokens().get(from).pos().equals("PROPN") && only.length() >= 3
                && Character.isUpperCase(only.charAt(0)) && !only.equals(only.toUpperCase(Locale.ROOT))
                && only.chars().allMatch(Character::isLetter) && !commonWords().contains(lower(only));
    }

    /**
     * Whether the words after a title's closing colon ({@code source}: "rights group", "Putin", "EU's
     * Mogherini") name a speaker: a person or an organisation by the entity tagger, ending where they
     * end (anything before it in so short a phrase qualifies it), a head word that names a speaker, or
     * one capitalised name that is no common English word. A place or a topic is none.
     */
    static boolean trailingSpeaker(Sentence title, TextSpan source, EntityTagger entities) {
        Name n = Name.of(title, source, entities);
        Chunk named = n == null ? null : n.chunks().stream()
                .filter(c -> c.from() < n.to() && n.to() <= c.to() && c.from() >= n.from()).findFirst().orElse(null);
        if (n == null || named != null) {
            return named != null && (named.type() == EntityType.PERSON || named.type() == EntityType.ORGANISATION);
        }
        String only = n.words().get(n.from());
        return speakerWord(lower(n.words().get(n.to() - 1)))
                || n.to() - n.from() == 1 && only.length() >= 3 && Character.isUpperCase(only.charAt(0))
                && only.chars().allMatch(Character::isLetter) && !commonWords().contains(lower(only));
    }

    /** A name's tokens in its title ({@code from}, {@code to}), the title's words and the entity tagger's chunks of the title alone. */
    private record Name(int from, int to, List<String> words, List<Chunk> chunks) {
        /** Null when no token of {@code title} lies inside {@code span}. */
        static Name of(Sentence title, TextSpan span, EntityTagger entities) {
            List<Token> tokens = title.tokens();
            int from = -1;
            int to = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (span.contains(tokens.get(i).span())) {
                    from = from < 0 ? i : from;
                    to = i + 1;
                }
            }
            if (from < 0) {
                return null;
            }
            List<String> words = tokens.stream().map(Token::text).toList();
            List<String> tags = tokens.stream().map(Token::pos).toList();
            return new Name(from, to, words, entities.tag(List.of(words), List.of(tags)).get(0));
        }
    }

    /** Whether a title's verb cue ({@code cue}, its subject {@code source}) reports what the subject says. */
    static boolean verbSpeaker(Sentence title, TextSpan cue, TextSpan source) {
        List<Token> tokens = title.tokens();
        int first = -1;
        int last = -1;
        int sourceHead = -1;
        for (int i = 0; i < tokens.size(); i++) {
            TextSpan s = tokens.get(i).span();
            if (cue.contains(s)) {
                first = first < 0 ? i : first;
                last = i;
            }
            if (source.contains(s)) {
                sourceHead = i;
            }
        }
        if (first < 0 || sourceHead < 0 || !NOMINAL.contains(tokens.get(sourceHead).pos())
                || lower(tokens.get(sourceHead).text()).startsWith("wh")
                || EVENTS.contains(lower(tokens.get(sourceHead).text()))) {
            return false; // "Deadly Convoy Attack Threatens Aid": an event threatens, nobody says
        }
        String verb = lower(tokens.get(first).text());
        if (CueClasses.stem(verb).equals("claim") && last + 1 < tokens.size()
                && tokens.get(last + 1).pos().equals("NUM")) {
            return false; // "Bombing Claims 5 in Latakia": it killed them
        }
        int sourceFirst = sourceHead;
        while (sourceFirst > 0 && source.contains(tokens.get(sourceFirst - 1).span())) {
            sourceFirst--;
        }
        boolean endsTitle = true;
        for (int i = last + 1; i < tokens.size(); i++) {
            endsTitle &= tokens.get(i).pos().equals("PUNCT");
        }
        if (endsTitle && source.start() < cue.start() && (sourceFirst == 0
                || !Set.of(",", "”", "’", "'", "\"", ":", "—", "–", ";").contains(tokens.get(sourceFirst - 1).text()))) {
            return false; // "..., Orban Says", but not "... the Truth About the Nord Stream Blasts"
        }
        if (source.start() > cue.start()) {
            // "..., Says Rancher": only verbs of speech and writing invert, and the speaker ends the
            // title, though its name may run on past the phrase found ("..., Says GOP Oversight Committee
            // Chair"; "Ukraine Appeals for Calm, Says Russian Invasion Not Imminent" is Ukraine's).
            for (int i = sourceHead + 1; i < tokens.size(); i++) {
                if (!Set.of("PUNCT", "PROPN", "NOUN").contains(tokens.get(i).pos())) {
                    return false;
                }
            }
            List<String> classes = CueClasses.of(verb);
            return classes.contains("speak") || classes.contains("write");
        }
        boolean participle = verb.endsWith("ing") || verb.endsWith("ed") && !verb.equals("said");
        boolean passive = first > 0 && PASSIVE_AUX.contains(lower(tokens.get(first - 1).text()));
        for (int i = 0; i < first; i++) {
            String w = lower(tokens.get(i).text());
            if (source.contains(tokens.get(i).span()) || i == first - 1) {
                if (w.endsWith("n't") || w.endsWith("n’t") || w.equals("'t") || w.equals("’t") || w.equals("not")
                        || w.equals("never")) {
                    return false; // "Why the Ministry Won't Tell the Truth": nobody says it
                }
            }
        }
        // "Bombs Continue to Fall", "Others Urged to Fund": not "Iran Admits To Aiding".
        boolean infinitive = last + 2 < tokens.size() && lower(tokens.get(last + 1).text()).equals("to")
                && !lower(tokens.get(last + 2).text()).endsWith("ing");
        if (participle || passive || infinitive) {
            return false;
        }
        if (CueClasses.stem(verb).equals("report")) {
            return true;
        }
        for (String c : CueClasses.of(verb)) {
            if (SAYING.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean titlesOnly(List<String> words) {
        int n = 0;
        for (String w : words) {
            String l = lower(w);
            if (l.equals(".")) {
                continue;
            }
            if (!SpeakerWords.TITLES.contains(l) && !SpeakerWords.TITLES.contains(l + ".") && !SpeakerWords.PEOPLE.contains(l)
                    && !l.equals("gov")) {
                return false;
            }
            n++;
        }
        return n <= 3;
    }

    private static boolean speakerWord(String w) {
        String one = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
        if (NOT_HEADS.contains(w)) {
            return false;
        }
        return SpeakerWords.TITLES.contains(w) || SpeakerWords.ORG_HEADS.contains(w) || SpeakerWords.PEOPLE.contains(w)
                || SpeakerWords.TITLES.contains(one) || SpeakerWords.ORG_HEADS.contains(one) || SpeakerWords.PEOPLE.contains(one)
                || w.endsWith("man") || w.endsWith("woman") || w.endsWith("men");
    }

    private static String lower(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.endsWith("'s") || l.endsWith("’s") ? l.substring(0, l.length() - 2) : l;
    }

    /** The embedder's whole English words: a capitalised word among them may be a topic, not a name. */
    private static Set<String> commonWords() {
        return EmbeddingVocabulary.set();
    }
}
