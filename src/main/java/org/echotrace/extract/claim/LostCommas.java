package org.echotrace.extract.claim;

import java.util.Set;

/**
 * Where a phrase ends in text whose commas were lost (scraped wire copy: "killed 42 people in strikes
 * on eastern Aleppo the monitor said"), from tokens and UPOS tags: an article after a noun, a
 * determiner after a place, a month or an adjective, an agency's acronym after a place each open a
 * new phrase. {@link SourcePhrases} asks these where it cuts source spans, never for the models' features.
 */
final class LostCommas {
    private LostCommas() {
    }

    /** Reading rightwards: an article at {@code i} after a noun, or an adjective the tagger took a noun for. */
    static boolean articleAfterNoun(Words w, int i) {
        return ARTICLES.contains(w.lower[i]) && (w.pos[i - 1].equals("NOUN") || w.pos[i - 1].equals("PROPN")
                || w.pos[i - 1].equals("ADJ") && !PREDETERMINERS.contains(w.lower[i - 1]));
    }

    /**
     * Reading leftwards: the determiner at {@code i} opens a phrase after a common noun ("carried out
     * the strike the spokesman ... said"), a lower-case adjective ("the rest of the dead the watchdog
     * said") or a place or a month ("since late September the coalition said"); after a person's name it
     * begins an apposition ("Ammar al-Selmo the head of the civil defence said").
     */
    static boolean determinerOpens(Words w, int i) {
        if (!w.pos[i].equals("DET")) {
            return false;
        }
        String before = w.pos[i - 1];
        return before.equals("NOUN")
                || before.equals("ADJ") && !w.capitalised(i - 1) && !PREDETERMINERS.contains(w.lower[i - 1]) && ARTICLES.contains(w.lower[i])
                || before.equals("PROPN") && placeOrTimeBefore(w, i - 1, true);
    }

    /**
     * Reading leftwards: an agency's acronym at {@code i} after a place opens the speaker's phrase ("in
     * northeast Damascus SANA said", "in Deir Ezzor SANA news agency said"), unless the words before spell
     * it ("the Syrian Observatory for Human Rights SOHR").
     */
    static boolean agencyOpens(Words w, int i) {
        return acronym(w, i) && w.pos[i - 1].equals("PROPN") && !acronym(w, i - 1) && placeOrTimeBefore(w, i - 1, false)
                && !spelt(w, i);
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Words an article may follow inside a noun phrase: "such a", "half the", "all the". */
    private static final Set<String> PREDETERMINERS = Set.of("such", "many", "quite", "half", "all", "both", "what",
            "rather", "twice");
    /**
     * Prepositions before a place or a time, whatever the tagger reads them as ("in/ADV Aleppo"); not
     * those a speaker's name follows ("a statement from Yacoub El Hillo", "by", "with").
     */
    private static final Set<String> PLACE_LINKS = Set.of("in", "at", "on", "of", "near", "across", "around", "outside",
            "into", "over", "since", "until", "throughout");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /**
     * Whether the run of names ending at {@code last} is a place or a time inside a phrase, not a
     * person's name an apposition follows: it is a month or a weekday, or a preposition or a lower-case
     * adjective stands before it ("in Aleppo", "eastern Ghouta", "late September", "training with IS").
     * Without {@code anyPreposition} only the prepositions of places and times count: before an
     * acronym, "a statement from Yacoub El Hillo UN Resident Coordinator" is one person's phrase.
     */
    private static boolean placeOrTimeBefore(Words w, int last, boolean anyPreposition) {
        if (MONTHS.contains(w.lower[last]) || SourcePhrases.WEEKDAYS.contains(w.lower[last])) {
            return true;
        }
        int k = last;
        while (k >= 0 && (w.pos[k].equals("PROPN") || w.is(k, "-") && k > 0 && w.end(k - 1) == w.start(k))) {
            k--; // "Deir al-Zor", hyphen and all
        }
        return k >= 0 && (PLACE_LINKS.contains(w.text(k)) || anyPreposition && w.pos[k].equals("ADP")
                || w.pos[k].equals("ADJ") && !w.capitalised(k));
    }

    /** Acronyms that end a name rather than begin one: "Al-Manar TV", "Sham FM", "Washington DC". */
    private static final Set<String> NAME_ENDINGS = Set.of("TV", "FM", "AM", "DC", "LLC", "INC", "PLC", "AG", "SA");

    /** An acronym that may name an agency: two to six capital letters ("SANA", "AFP", "SOHR"). */
    private static boolean acronym(Words w, int i) {
        return w.acronym(i) && w.text(i).length() <= 6 && !NAME_ENDINGS.contains(w.text(i));
    }

    /** Whether the capitalised words before the acronym at {@code i} spell it: "Syrian Observatory for Human Rights SOHR". */
    private static boolean spelt(Words w, int i) {
        String letters = w.text(i);
        StringBuilder initials = new StringBuilder();
        for (int k = i - 1; k >= 0 && initials.length() < letters.length() && (w.capitalised(k) || SourcePhrases.INNER_LINKS.contains(w.lower[k])
                || ARTICLES.contains(w.lower[k])); k--) {
            if (w.capitalised(k)) {
                initials.insert(0, w.text(k).charAt(0));
            }
        }
        return initials.toString().equals(letters);
    }
}
