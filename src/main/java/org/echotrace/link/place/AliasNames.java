package org.echotrace.link.place;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Whether an alternate name of a GeoNames town is a spelling of its name ("Kiev" of Kyiv, "Cologne"
 * of Köln, "Vegas" of Las Vegas, "Al-Karatein" of al-Qaryatayn) or another name altogether: an
 * exonym ("Peking", "Artemovsk" of Bakhmut), a nickname ("The Big Apple"), a twin town's or a
 * former settler's name, or plain junk of the crowd-sourced table ("Google" of Topeka, "Venice" of
 * Dayton, "Rome" of Lomé, "Homs" of Al Khums). Such a far alias is written apart in the compiled
 * file; the gazetteer offers its town marked as such ({@link Gazetteer#exact}), and the resolver
 * lets it win only with the article's country behind it ({@link PlaceResolver}).
 *
 * <p>How: an alias is near when, leading articles and "Saint", "New", "Old" set aside, it shares a
 * word of four letters or more with one of the town's own names, or its consonant skeleton
 * ({@link PlaceNames#skeleton}) starts with the same consonant as theirs. Design decision: a test
 * this loose keeps every transliteration variant (they agree on the first consonant: the skeleton
 * merges c, k and q) and still sets apart names that share nothing; telling a real exonym from junk
 * would need the language of each alternate name, which cities500 does not carry.
 */
final class AliasNames {
    /** Words before a name that do not make it another name: "Las Vegas", "Saint Petersburg", "New Delhi". */
    private static final Set<String> LEADING = Set.of("the", "la", "le", "les", "las", "los", "il", "de", "di", "saint",
            "st", "san", "santa", "sankt", "new", "old");

    private AliasNames() {
    }

    /** Whether the alternate key spells one of the town's own keys. */
    static boolean near(String aliasKey, Collection<String> ownKeys) {
        List<String> alias = core(aliasKey);
        String aliasSkeleton = PlaceNames.skeleton(String.join(" ", alias));
        for (String own : ownKeys) {
            List<String> words = core(own);
            if (words.isEmpty()) {
                continue;
            }
            for (String w : alias) {
                if (w.length() >= 4 && words.contains(w)) {
                    return true;
                }
            }
            String ownSkeleton = PlaceNames.skeleton(String.join(" ", words));
            if (aliasSkeleton.isEmpty() || ownSkeleton.isEmpty() || aliasSkeleton.charAt(0) == ownSkeleton.charAt(0)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> core(String key) {
        List<String> words = Arrays.asList(key.split(" "));
        int from = 0;
        while (words.size() - from > 1 && LEADING.contains(words.get(from))) {
            from++;
        }
        return words.subList(from, words.size()).stream().filter(w -> !w.isEmpty()).toList();
    }
}
