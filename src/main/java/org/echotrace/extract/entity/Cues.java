package org.echotrace.extract.entity;

import java.util.Locale;
import java.util.Set;

/**
 * Word lists of our own writing that the tagger sees as features (and the patterns use): titles
 * that precede a person's name, the head words that end an organisation's or a place's name.
 *
 * <p>Design decision: these are features, not rules. The model learns how far to trust "General"
 * (a title in "General Popov", part of a name in "General Motors") from the training data.
 */
final class Cues {
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
            "president", "vice-president", "minister", "premier", "chancellor", "prime", "secretary",
            "gen", "general", "maj", "major", "col", "colonel", "lt", "lieutenant", "capt", "captain",
            "sgt", "sergeant", "adm", "admiral", "cmdr", "commander", "brig", "marshal", "rear",
            "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "sheikh", "emir",
            "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "rev", "imam",
            "sen", "senator", "rep", "gov", "governor", "mayor", "judge", "justice", "chairman",
            "chairwoman", "director", "chief", "deputy", "leader", "coach", "striker", "midfielder",
            "defender", "goalkeeper", "journalist", "correspondent", "analyst", "mp", "colleague");

    static final Set<String> ORG_HEADS = Set.of(
            "ministry", "forces", "force", "army", "navy", "brigade", "brigades", "battalion",
            "division", "regiment", "corps", "front", "council", "committee", "commission", "agency",
            "center", "centre", "party", "union", "league", "organisation", "organization", "group",
            "movement", "militia", "militias", "bank", "corporation", "corp", "inc", "ltd", "plc", "co",
            "company", "university", "institute", "association", "federation", "news", "times",
            "network", "office", "department", "embassy", "court", "parliament", "assembly", "club",
            "fc", "guard", "police", "service", "services", "command", "coalition", "alliance",
            "observatory", "tribunal", "authority", "administration", "directorate", "bureau",
            "foundation", "fund", "press", "television", "tv", "radio", "daily", "herald", "journal");

    static final Set<String> PLACE_HEADS = Set.of(
            "province", "city", "town", "village", "region", "governorate", "district", "county",
            "river", "mountains", "mountain", "valley", "camp", "desert", "airport", "street",
            "square", "state", "republic", "island", "islands", "gulf", "sea", "lake", "border",
            "crossing", "peninsula", "strait", "bay", "basin", "hills", "countryside", "oblast");

    private Cues() {
    }

    /** The word as the lists hold it: lower case, a final full stop dropped ("Gen." is "gen"). */
    static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 1 && w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** The list a word belongs to, as a feature value, or null. */
    static String classOf(String word) {
        String k = key(word);
        if (TITLES.contains(k)) {
            return "title";
        }
        if (ORG_HEADS.contains(k)) {
            return "org";
        }
        if (PLACE_HEADS.contains(k)) {
            return "place";
        }
        return null;
    }
}
