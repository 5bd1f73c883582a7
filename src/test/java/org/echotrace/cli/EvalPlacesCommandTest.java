package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval places} end to end on a tiny file in FA-KES' layout: the accuracy, and the misses listed. */
class EvalPlacesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void scoresTheFocusAndListsTheMisses() throws Exception {
        String body = "\"Air strikes hit a market in Aleppo on Monday, killing at least twelve people, a monitoring group said."
                + " Rescue workers searched the rubble of the eastern districts of Aleppo until the evening.\"";
        String csv = "unit_id,article_title,article_content,source,date,location,labels\r\n"
                + "1,Air strikes kill 12 in Aleppo market," + body + ",x,1/2/2016,aleppo,1\r\n"
                + "2,Air strikes kill 12 in Aleppo market again," + body.replace("Monday", "Tuesday") + ",x,1/3/2016,idlib,0\r\n";
        Files.write(tmp.resolve("FA-KES-Dataset.csv"), csv.getBytes(Charset.forName("windows-1252")));
        Path errors = tmp.resolve("errors.tsv");
        assertEquals(0, Main.execute("eval", "places", "--data", tmp.toString(), "--errors", errors.toString()));
        List<String> missed = Files.readAllLines(errors);
        assertEquals(1, missed.size(), missed.toString());
        assertTrue(missed.get(0).contains("\tidlib\tAleppo, Aleppo, SY\t"), missed.get(0));
    }
}
