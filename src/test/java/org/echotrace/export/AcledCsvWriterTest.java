package org.echotrace.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.echotrace.model.Event;
import org.echotrace.model.GeoPrecision;
import org.echotrace.model.HopRole;
import org.echotrace.model.Place;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.ResolvedDate;
import org.echotrace.model.SourceHop;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

class AcledCsvWriterTest {
    private static final Place SUKHNAH = new Place("geonames:172425", "As Sukhnah", 34.88533, 38.8711, GeoPrecision.SITE,
            Optional.of("SY"), Optional.of("Homs"));

    private static Event ambush() {
        return new Event(Optional.of(new ResolvedDate(10, 21, "on April 18", "2024-04-18", "day", "test")),
                "Battles", "Armed clash", Optional.of("ISIS"), Optional.of("Quds Brigade"),
                Optional.of(new PlaceMention(new TextSpan(40, 49), "al-Sukhna", SUKHNAH, 0.95)), Optional.of(21),
                Optional.of("at least"), Optional.of("Yury Popov"),
                List.of(new SourceHop("Yury Popov", HopRole.SPEAKER, Optional.empty()),
                        new SourceHop("SouthFront", HopRole.OUTLET, Optional.empty())),
                new TextSpan(0, 60));
    }

    @Test
    void writesAcledColumnsThenOurs() throws IOException {
        StringWriter out = new StringWriter();
        long n = AcledCsvWriter.writeAll(Stream.of(new AcledCsvWriter.Row("abc123", 0, ambush(), "21 killed, near \"al-Sukhna\"")), out);
        assertEquals(1, n);
        String[] lines = out.toString().split("\r\n", -1);
        assertEquals(3, lines.length);
        assertEquals("", lines[2]);
        assertEquals(String.join(",", AcledCsvWriter.COLUMNS), lines[0]);
        assertEquals("SY:abc123:1,2024-04-18,1,Battles,Armed clash,ISIS,Quds Brigade,SY,Homs,As Sukhnah,34.88533,38.87110,1,21,"
                + "\"21 killed, near \"\"al-Sukhna\"\"\",at least,day,Yury Popov,Yury Popov <- SouthFront,abc123,0,60,geonames:172425",
                lines[1]);
    }

    @Test
    void anEventWithoutDateOrPlaceLeavesThoseColumnsEmpty() throws IOException {
        Event bare = new Event(Optional.empty(), "Battles", "Armed clash", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), new TextSpan(5, 9));
        StringWriter out = new StringWriter();
        new AcledCsvWriter(out).write(new AcledCsvWriter.Row("id", 2, bare, "line\nbreak"));
        assertEquals("XX:id:3,,,Battles,Armed clash,,,,,,,,,,\"line\nbreak\",,,,,id,5,9,\r\n", out.toString());
    }

    @Test
    void quotesOnlyWhatRfc4180Requires() {
        assertEquals("plain", AcledCsvWriter.quote("plain"));
        assertEquals("\"a,b\"", AcledCsvWriter.quote("a,b"));
        assertEquals("\"say \"\"x\"\"\"", AcledCsvWriter.quote("say \"x\""));
        assertEquals("\"cr\rhere\"", AcledCsvWriter.quote("cr\rhere"));
    }
}
