package org.echotrace.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A geocoded place. {@code id} names the gazetteer entry ("geonames:170063", "curated:al-tanf-zone").
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1  first-level region, where known
 */
public record Place(String id, String name, double latitude, double longitude, GeoPrecision precision,
                    Optional<String> country, Optional<String> admin1) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precision, "precision");
    }
}
