package org.echotrace.link.place;

import org.echotrace.model.Place;

/**
 * A gazetteer entry a name may refer to, with what the resolver weighs: the population (the prior
 * of a town; 0 for zones and sites), whether it is one of our curated entries, and its GeoNames
 * feature code ("PPLA", "PPLC"; "CURATED" for ours).
 */
record Candidate(Place place, long population, boolean curated, String featureCode) {
}
