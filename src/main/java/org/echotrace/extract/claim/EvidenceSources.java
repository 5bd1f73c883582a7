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
 * "images" in "Satellite images of the base"), is one of a closed list of nouns of recordings,
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
    /** Words that end the opening noun phrase. */
    private static final Set<String> CUTS = Set.of("of", "from", "by", "on", "in", "at", "to", "with", "for", "over",
            "about", "that", "which", "who", "showing", "shows", "released", "posted", "published", "taken", "obtained",
            "shared", "circulated", "aired", "broadcast", "filmed", "seen", "seized", "found", "made", "collected");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private EvidenceSources() {
    }

    /** Whether the phrase's head noun names evidence rather than a speaker. */
    static boolean isEvidence(String phrase) {
        String[] words = SPACES.split(phrase.trim().toLowerCase(Locale.ROOT));
        String head = null;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (i > 0 && (CUTS.contains(w) || w.length() > 5 && (w.endsWith("ed") || w.endsWith("ing")) && head != null
                    && !NOUNS.contains(w))) {
                break;
            }
            if (!w.isEmpty()) {
                if (head != null && (head.endsWith("'s") || head.endsWith("\u2019s"))) {
                    // "the president's video": its author is named, and speaks through it.
                    return false;
                }
                head = w;
            }
        }
        return head != null && NOUNS.contains(head);
    }
}
