package org.echotrace.link.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.echotrace.model.GeoPrecision;
import org.junit.jupiter.api.Test;

class CuratedGazetteerTest {
    @Test
    void holdsTheZonesAndCampsGeoNamesLacks() {
        CuratedGazetteer g = CuratedGazetteer.get();
        assertEquals("curated:al-tanf-zone", g.exact(PlaceNames.key("al-Tanf zone")).get(0).place().id());
        assertEquals(GeoPrecision.REGION, g.exact(PlaceNames.key("55-km zone")).get(0).place().precision());
        assertEquals("curated:rukban-camp", g.exact(PlaceNames.key("Rukban refugee camp")).get(0).place().id());
        assertEquals("curated:jabal-al-bishri", g.exact(PlaceNames.key("al-Bishri")).get(0).place().id());
        assertTrue(g.exact(PlaceNames.key("At Tanf")).get(0).place().id().equals("curated:al-tanf-garrison"));
    }

    @Test
    void aMalformedRowIsReportedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CuratedGazetteer.parse("t.tsv",
                "# comment\nx\tX\t\t33.0\t38.0\tSITE\tSY\t\tnote\nbad\tBad\t\tnorth\t38\tSITE\tSY\t\tnote\n"));
        assertTrue(e.getMessage().startsWith("t.tsv:3:"), e.getMessage());
        IllegalArgumentException cols = assertThrows(IllegalArgumentException.class,
                () -> CuratedGazetteer.parse("t.tsv", "only\ttwo\n"));
        assertTrue(cols.getMessage().contains("t.tsv:1: expected 9"), cols.getMessage());
    }
}
