package org.echotrace.link.place;

import org.echotrace.model.Place;

/**
 * A gazetteer entry a name may refer to, with what the resolver weighs: the population (the prior
 * of a town; 0 for zones and sites), whether it is one of our curated entries, its GeoNames
 * feature code ("PPLA", "PPLC"; "CURATED" for ours), and whether the name is only a far alias of
 * the town ({@link AliasNames}: "Palmyra" of Tadmur, "Venice" of Dayton), not its own.
 */
record Candidate(Place place, long population, boolean curated, String featureCode, boolean farAlias) {
    Candidate(Place place, long population, boolean curated, String featureCode) {
        this(place, population, curated, featureCode, false);
    }

    Candidate asFarAlias() {
        return new Candidate(place, population, curated, featureCode, true);
    }
}
