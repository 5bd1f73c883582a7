package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateScoreTest {
    @Test
    void countsRightWrongAndMissingDatesAsHtmldateDoes() {
        DateScore s = new DateScore();
        s.add(Optional.of("2017-11-14"), "2017-11-14");
        s.add(Optional.of("2017-11-14"), "2017-11-14");
        s.add(Optional.of("2017-11"), "2017-11-14");
        s.add(Optional.empty(), "2017-11-14");
        assertEquals(2, s.truePositives());
        assertEquals(1, s.falsePositives());
        assertEquals(1, s.falseNegatives());
        assertEquals(2 / 3.0, s.precision(), 1e-9);
        assertEquals(2 / 3.0, s.recall(), 1e-9);
        assertEquals(0.5, s.accuracy(), 1e-9);
        assertEquals(2 / 3.0, s.fScore(), 1e-9);
    }

    /**
     * The published htmldate 1.10.0 extensive row (1000 pages: P 0.908, R 0.993, acc 0.903, F 0.949)
     * is reproduced by counts 903 / 91 / 6, which is what the two given ratios imply for 1000 pages.
     */
    @Test
    void reproducesThePublishedHtmldateRowFromItsCounts() {
        DateScore s = new DateScore();
        for (int i = 0; i < 903; i++) {
            s.add(Optional.of("d"), "d");
        }
        for (int i = 0; i < 91; i++) {
            s.add(Optional.of("x"), "d");
        }
        for (int i = 0; i < 6; i++) {
            s.add(Optional.empty(), "d");
        }
        assertEquals(0.908, s.precision(), 0.0005);
        assertEquals(0.993, s.recall(), 0.0005);
        assertEquals(0.903, s.accuracy(), 0.0005);
        assertEquals(0.949, s.fScore(), 0.0005);
    }
}
