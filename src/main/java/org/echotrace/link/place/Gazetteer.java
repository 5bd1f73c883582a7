package org.echotrace.link.place;

import org.echotrace.embed.EmbeddingVocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * Our curated entries and GeoNames cities500 behind one lookup. Curated entries come first: they
 * are the zones and sites our articles are about, and the resolver gives them a prior of their own.
 */
final class Gazetteer {
    private final CuratedGazetteer curated;
    private final GeoNamesIndex geonames;

    Gazetteer(CuratedGazetteer curated, GeoNamesIndex geonames) {
        this.curated = curated;
        this.geonames = geonames;
    }

    /** The shared gazetteer; the first call loads GeoNames (about a second). */
    static Gazetteer get() {
        return new Gazetteer(CuratedGazetteer.get(), GeoNamesIndex.get());
    }

    /**
     * The entries that bear the name: ours, the towns whose own name (or a spelling of it) it is, and
     * the towns that bear it as a far alias ({@link AliasNames}), which the resolver trusts less
     * ("Palmyra" is Tadmur in an article about Syria, "Venice" no Dayton). A name that only far
     * aliases bear and that is made of common English words is taken for a great city's old name
     * ("Bombay", "Leningrad"), never a lesser town's ("Google" is not Topeka, "Sodom" not Ogdensburg).
     */
    List<Candidate> exact(String key) {
        List<Candidate> own = both(curated.exact(key), geonames.exact(key));
        List<Candidate> far = geonames.aliases(key);
        if (own.isEmpty() && !far.isEmpty() && commonWords(key)) {
            far = far.stream().filter(c -> c.population() >= PlaceResolver.GREAT_CITY).toList();
        }
        return both(own, far);
    }

    /** Every word of the key a word of the embedder's English vocabulary ({@link EmbeddingVocabulary}). */
    private static boolean commonWords(String key) {
        java.util.Set<String> vocabulary = EmbeddingVocabulary.set();
        for (String w : key.split(" ")) {
            if (!vocabulary.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entries whose consonant skeleton is {@code skeletonKey}: ours, and GeoNames towns of the
     * countries whose names are written in Arabic script ({@link #TRANSLITERATED}), where the skeleton
     * is for ("Al-Karatein" meets al-Qaryatayn). Elsewhere a place has one Latin spelling, and a
     * skeleton only meets other words: "Biden" met Aberdeen, "Google" Topeka, "Europe" Arp.
     */
    List<Candidate> skeleton(String skeletonKey) {
        List<Candidate> towns = geonames.skeleton(skeletonKey).stream()
                .filter(c -> c.place().country().filter(TRANSLITERATED::contains).isPresent()).toList();
        return both(curated.skeleton(skeletonKey), towns);
    }

    /** Countries whose place names are written in Arabic script, and so come in several Latin spellings. */
    static final java.util.Set<String> TRANSLITERATED = java.util.Set.of("SY", "IQ", "LB", "JO", "PS", "IL", "EG",
            "LY", "SA", "YE", "AE", "QA", "KW", "BH", "OM", "IR", "AF", "PK", "TN", "DZ", "MA", "SD", "MR", "SO",
            "DJ", "KM", "EH");

    List<Candidate> curatedExact(String key) {
        return curated.exact(key);
    }

    private static List<Candidate> both(List<Candidate> a, List<Candidate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        List<Candidate> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
