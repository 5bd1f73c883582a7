package org.echotrace.link.place;

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

    List<Candidate> exact(String key) {
        return both(curated.exact(key), geonames.exact(key));
    }

    List<Candidate> skeleton(String skeletonKey) {
        return both(curated.skeleton(skeletonKey), geonames.skeleton(skeletonKey));
    }

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
