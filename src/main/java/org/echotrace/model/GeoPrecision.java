package org.echotrace.model;

/**
 * How exactly a place's coordinates locate it, ACLED's geo_precision in spirit: {@code 1} a town
 * or site itself, {@code 2} near it or a part of a region, {@code 3} a region or zone's centre,
 * {@code 4} a country.
 */
public enum GeoPrecision {
    SITE(1), NEAR(2), REGION(3), COUNTRY(4);

    private final int acled;

    GeoPrecision(int acled) {
        this.acled = acled;
    }

    /** ACLED's numeric code. */
    public int acled() {
        return acled;
    }

    /** The precision of ACLED's numeric code; a code it does not know reads as a country's. */
    public static GeoPrecision ofAcled(int code) {
        for (GeoPrecision g : values()) {
            if (g.acled == code) {
                return g;
            }
        }
        return COUNTRY;
    }
}
