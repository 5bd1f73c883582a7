package org.echotrace.extract.claim;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a source that is evidence from one that speaks: "Video footage posted to social media on May
 * 16 showed ...", "satellite images", "the data", "a new poll" are shown or found, not said, and no
 * person or body stands behind them in the text. Such a source is kept as the claim's source, of kind
 * evidence, and is never an originator of the narrative nor a speaker a later "he" or "they" refers to.
 *
 * <p>How: the source phrase's head noun, the last word of its opening noun phrase (the phrase is cut
 * at its first preposition, participle or relative word: "footage" in "Video footage posted to ...",
 * "images" in "Satellite images of the base"; a participle only where a preposition follows it, so
 * "the leaked video" keeps its head; a comma ends it too), is one of a closed list of nouns of recordings,
 * pictures, figures and surveys, and no possessive names its author ("the president's video"). A document with an author in the phrase ("the video released by the
 * Ministry", "data from the Observatory") speaks for its author and is read as that author before this
 * test, by {@link SpeakerParser}; a statement or report without one ("the statement") still refers back
 * to the last organisation.
 */
final class EvidenceSources {
    /** Nouns of things that show or count rather than speak. */
    static final Set<String> NOUNS = Set.of("footage", "video", "videos", "image", "images", "photo", "photos",
            "photograph", "photographs", "picture", "pictures", "imagery", "recording", "recordings", "audio", "clip",
            "clips", "screenshot", "screenshots", "evidence", "data", "figures", "statistics", "numbers", "records",
            "poll", "polls", "survey", "surveys", "study", "studies", "findings", "results", "research", "map", "maps");
    /** Prepositions, and relative words, that end the opening noun phrase. */
    private static final Set<String> CUTS = Set.of("of", "from", "by", "on", "in", "at", "to", "with", "for", "over",
            "about", "online", "during", "after", "before", "near", "that", "which", "who", "showing", "shows");
    /** Participles that end it wherever they stand ("footage posted ...", "images taken ..."). */
    private static final Set<String> PARTICIPLES = Set.of("released", "posted", "published", "taken", "obtained",
            "shared", "circulated", "aired", "broadcast", "filmed", "seen", "seized", "found", "made", "collected");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private EvidenceSources() {
    }

    /** Whether the phrase's head noun names evidence rather than a speaker. */
    static boolean isEvidence(String phrase) {
        String[] words = SPACES.split(phrase.trim().toLowerCase(Locale.ROOT));
        String head = null;
        for (int i = 0; i < words.length; i++) {
            String w = bare(words[i]);
            if (i > 0 && (CUTS.contains(w) || PARTICIPLES.contains(w) || isParticipleBeforePreposition(w, words, i))) {
                break;
            }
            if (!w.isEmpty()) {
                if (head != null && (head.endsWith("'s") || head.endsWith("\u2019s"))) {
                    // "the president's video": its author is named, and speaks through it.
                    return false;
                }
                head = w;
            }
            if (words[i].endsWith(",") || words[i].endsWith(";") || words[i].endsWith(":")) {
                // "Russian officials, citing satellite images": the phrase's own head came before the comma.
                break;
            }
        }
        return head != null && NOUNS.contains(head);
    }

    /** Another participle ends the noun phrase when a preposition follows it ("footage uploaded to"), not as an adjective ("the leaked video"). */
    private static boolean isParticipleBeforePreposition(String w, String[] words, int i) {
        return w.length() > 5 && (w.endsWith("ed") || w.endsWith("ing")) && !NOUNS.contains(w) && i + 1 < words.length
                && CUTS.contains(bare(words[i + 1]));
    }

    private static String bare(String word) {
        return EDGE_PUNCTUATION.matcher(word).replaceAll("");
    }
}
