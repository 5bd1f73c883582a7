package org.echotrace.link.place;

import org.echotrace.embed.EmbeddingVocabulary;
import org.echotrace.link.place.NameWords.Join;
import org.echotrace.link.place.NameWords.Word;
import org.echotrace.model.SpanIndex;
import org.echotrace.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the names in a sentence that a gazetteer knows: runs of capitalised words (with the Arabic
 * article inside them, "Deir ez-Zor", "Harbat Ash-Shkhemi"), longest match first, plus a following
 * cue word that names a region ("Homs province", "the al-Tanf zone", "Euphrates River valley").
 *
 * <p>A match inside a longer run of capitalised words is a part of another name and is dropped
 * ("Quds" of "Quds Brigade", "Popov" of "Yury Popov", "Geneva" of "Geneva Convention"), unless the
 * extra word is a nationality or direction ("Syrian Rukban refugee camp"). A single word that the
 * same article also writes in lower case ("Video", "Center") is a common word, not a name.
 */
final class MentionFinder {
    /** A name found, with every gazetteer entry it may mean. */
    record Found(TextSpan span, String surface, List<Candidate> candidates, boolean exact, boolean regionCue) {
    }

    private static final int MAX_WORDS = 5;
    /** Skeletons shorter than this match too much ("ss" is ISIS and US). */
    private static final int MIN_SKELETON = 4;
    /** A skeleton shared by more towns than this says nothing. */
    private static final int MAX_SKELETON_CANDIDATES = 400;
    private static final Set<String> PROVINCE_CUES = Set.of("province", "provinces", "governorate", "governorates",
            "countryside", "region");
    private static final Set<String> OTHER_CUES = Set.of("zone", "area", "camp", "mountains", "range", "ranges",
            "base", "airbase", "desert", "valley", "garrison");
    private static final Set<String> PLACE_WORDS = Set.of("province", "governorate", "city", "camp", "river", "valley",
            "desert", "mountains", "mountain", "region", "airbase", "air", "base", "zone", "district", "countryside",
            "town", "village", "crossing", "border");
    private static final Set<String> NEIGHBOUR_OK = Set.of("the", "in", "at", "on", "from", "to", "and", "but", "near",
            "of", "by", "into", "towards", "toward", "eastern", "western", "northern", "southern", "central",
            "north", "south", "east", "west", "greater", "upper", "lower");
    private static final Set<String> STOP = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "god", "mr", "mrs", "general", "major", "president", "minister",
            "center", "centre", "ministry", "army", "forces", "force", "council", "command", "state", "states",
            "union", "front", "brigade", "coalition", "news", "press", "war", "arab");

    /** A town smaller than this, named by a plain English word, is not taken for the word. */
    static final long MINOR_TOWN = 100_000;

    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The names of the sentence {@code text[from, to)}. {@code lowerWords} holds the words the
     * article writes in lower case; {@code blocked} spans belong to other entities (people,
     * organisations) and are never places; {@code adjectives} are the start offsets of words the
     * tagger read as adjectives ("Syrian", "Arab"), which never name a place alone.
     */
    List<Found> find(String text, int from, int to, Set<String> lowerWords, SpanIndex blocked,
                     Set<Integer> adjectives) {
        List<Word> words = NameWords.of(text, from, to);
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!startsName(words, i) || NEIGHBOUR_OK.contains(words.get(i).lower())) {
                i++;
                continue;
            }
            int runEnd = runEnd(words, i);
            int next = i + 1;
            for (int len = Math.min(MAX_WORDS, runEnd - i); len >= 1; len--) {
                Found f = match(text, words, i, i + len, runEnd, lowerWords, blocked, adjectives);
                if (f != null) {
                    out.add(f);
                    next = i + len + (f.regionCue() ? 1 : 0);
                    break;
                }
            }
            i = next;
        }
        return out;
    }

    private Found match(String text, List<Word> words, int from, int to, int runEnd, Set<String> lowerWords,
                        SpanIndex blocked, Set<Integer> adjectives) {
        Word first = words.get(from);
        Word last = words.get(to - 1);
        if (!last.capitalised()) {
            return null;
        }
        String surface = text.substring(first.start(), last.end());
        String key = PlaceNames.key(surface);
        if (key.isEmpty()) {
            return null;
        }
        TextSpan span = new TextSpan(first.start(), last.end());
        if (blocked.overlapsAny(span)) {
            return null;
        }
        Found cued = cued(text, words, from, to, key, span);
        if (cued != null) {
            return cued;
        }
        List<Candidate> candidates = gazetteer.exact(key);
        if (candidates.isEmpty() && to - from == 1 && key.length() > 4 && key.endsWith("s")) {
            candidates = gazetteer.exact(key.substring(0, key.length() - 1)); // "Syrias", "Aleppos": the apostrophe lost
        }
        boolean exact = true;
        if (candidates.isEmpty() && skeletonAllowed(words, from, to, runEnd)) {
            String skeleton = PlaceNames.skeleton(key);
            if (skeleton.length() >= MIN_SKELETON) {
                candidates = gazetteer.skeleton(skeleton);
                if (candidates.size() > MAX_SKELETON_CANDIDATES) {
                    candidates = List.of();
                }
            }
            exact = false;
        }
        if (candidates.isEmpty() || partOfLongerName(words, from, to, runEnd)) {
            return null;
        }
        boolean curated = candidates.stream().anyMatch(Candidate::curated);
        if (to - from == 1 && !curated && (commonWord(first, lowerWords) || adjectives.contains(first.start())
                || partOfOrganisation(words, to) || NameWords.ARTICLES.contains(first.lower())
                || englishWord(first) && candidates.stream().allMatch(c -> c.population() < MINOR_TOWN))) {
            // "Date", "Church", "Seven", "Week", "Congress": English words that some village bears; a
            // word the recogniser tags as a place is still read as one (PlaceLinker's entity pass)
            return null;
        }
        if (to < words.size() && words.get(to).join() == Join.HYPHEN && !words.get(to).capitalised()) {
            return null; // "US-led", "Washington-backed": a modifier, not a place named as such
        }
        return new Found(span, surface, candidates, exact, false);
    }

    /** "Homs province", "the al-Tanf zone", "province of Homs": our region entry, when we have one. */
    private Found cued(String text, List<Word> words, int from, int to, String key, TextSpan span) {
        if (to < words.size() && words.get(to).join() == Join.SPACE) {
            Word cue = words.get(to);
            String c = cue.lower();
            if (PROVINCE_CUES.contains(c) || OTHER_CUES.contains(c)) {
                String norm = c.endsWith("s") && !c.equals("mountains") && !c.equals("ranges") ? c.substring(0, c.length() - 1) : c;
                List<Candidate> r = gazetteer.curatedExact(key + " " + norm);
                if (r.isEmpty() && PROVINCE_CUES.contains(c)) {
                    r = gazetteer.curatedExact(key + " province");
                }
                if (!r.isEmpty()) {
                    TextSpan s = new TextSpan(span.start(), cue.end());
                    return new Found(s, text.substring(s.start(), s.end()), r, true, true);
                }
            }
        }
        if (from >= 2 && words.get(from - 1).lower().equals("of")
                && PROVINCE_CUES.contains(words.get(from - 2).lower())) {
            List<Candidate> r = gazetteer.curatedExact(key + " province");
            if (!r.isEmpty()) {
                return new Found(span, text.substring(span.start(), span.end()), r, true, false);
            }
        }
        return null;
    }

    /**
     * Transliteration variants are looked for only where they occur: a whole run of two or more
     * words, or one led by the article ("Al-Karatein", "Deir Ezzor"); a single bare word matched
     * by its consonants alone is too often an English word.
     */
    private static boolean skeletonAllowed(List<Word> words, int from, int to, int runEnd) {
        return to == runEnd && (to - from >= 2 || words.get(from).article());
    }

    /** "Center for Reconciliation", "Ministry of Defence": a common noun heading an organisation's name. */
    private static boolean partOfOrganisation(List<Word> words, int to) {
        if (to + 1 >= words.size()) {
            return false;
        }
        String next = words.get(to).lower();
        return (next.equals("for") || next.equals("of")) && words.get(to + 1).capitalised();
    }

    private static boolean partOfLongerName(List<Word> words, int from, int to, int runEnd) {
        if (to < runEnd && words.get(to).join() == Join.SPACE && words.get(to).capitalised()
                && !PLACE_WORDS.contains(words.get(to).lower())) {
            return true;
        }
        if (to < runEnd && leadsName(words, to)) {
            return true; // "Qasr" of "Qasr al-Hajar", "Ras" of "Ras al-Ain": the article goes on with the name
        }
        if (from >= 2 && words.get(from).join() == Join.HYPHEN && words.get(from - 1).article()
                && words.get(from - 1).join() == Join.SPACE && words.get(from - 2).capitalised()) {
            return true; // "Hajar" of "Qasr al-Hajar"
        }
        if (from > 0 && words.get(from).join() == Join.SPACE) {
            Word before = words.get(from - 1);
            return before.capitalised() && !adjectival(before) && !NEIGHBOUR_OK.contains(before.lower());
        }
        return false;
    }

    /** "Syrian", "Iraqi", "Lebanese", "Kurdish": nationality adjectives may stand before a name. */
    private static boolean adjectival(Word w) {
        String s = w.lower();
        return s.endsWith("ian") || s.endsWith("can") || s.endsWith("ese") || s.endsWith("ish")
                || (s.endsWith("i") && s.length() > 4);
    }

    private static boolean commonWord(Word w, Set<String> lowerWords) {
        String s = w.lower();
        if (STOP.contains(s) || lowerWords.contains(s)) {
            return true;
        }
        // "ISS", "UN" in capitals; "We", "Us", "It" opening a sentence
        return w.text().length() <= 3 && w.text().equals(w.text().toUpperCase(Locale.ROOT)) || w.text().length() <= 2;
    }

    /** A word of the embedder's English vocabulary ({@link EmbeddingVocabulary}). */
    private static boolean englishWord(Word w) {
        return EmbeddingVocabulary.set().contains(w.lower());
    }

    private static boolean startsName(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.capitalised()) {
            return true;
        }
        return leadsName(words, i);
    }

    /**
     * Whether the word at {@code i} is an Arabic article that opens a name: "al" and "el" before a
     * capitalised word ("al Tanf"), any other ("as", "an", "ad", "at" ...) only when hyphenated
     * ("as-Suwayda", "an-Nabk"): unhyphenated, they are English words ("an August", "as Syria").
     */
    private static boolean leadsName(List<Word> words, int i) {
        Word w = words.get(i);
        if (!w.article() || i + 1 >= words.size() || !words.get(i + 1).capitalised()) {
            return false;
        }
        Join next = words.get(i + 1).join();
        return next == Join.HYPHEN || next == Join.SPACE && (w.text().equals("al") || w.text().equals("el"));
    }

    /** One past the last word of the run of name words starting at {@code i}. */
    private static int runEnd(List<Word> words, int i) {
        int j = i + 1;
        while (j < words.size()) {
            Word w = words.get(j);
            if (w.join() == Join.NONE) {
                break;
            }
            boolean inName = w.capitalised() || leadsName(words, j);
            if (!inName) {
                break;
            }
            j++;
        }
        return j;
    }
}
