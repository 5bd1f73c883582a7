package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FA-KES focus scorer: its location names, its CSV reading. */
class PlaceFocusEvaluationTest {
    @Test
    void theDatasetsLocationsMeetGeoNamesRegions() {
        assertTrue(PlaceFocusEvaluation.matches("damascus", "Rif Dimashq"), "the dataset merges the capital and its countryside");
        assertTrue(PlaceFocusEvaluation.matches("deir ezzor", "Deir ez-Zor"));
        assertTrue(PlaceFocusEvaluation.matches("raqqa", "ar raqqah"));
        assertFalse(PlaceFocusEvaluation.matches("aleppo", "Idlib"));
        assertFalse(PlaceFocusEvaluation.matches("nowhere", "Aleppo"));
    }

    @Test
    void readsTheCsvAsTheDatasetShipsIt(@TempDir Path dir) throws IOException {
        String csv = "unit_id,article_title,article_content,source,date,location,labels\r\n"
                + "1,Shelling hits Qadira,\"Caf\u00e9 owners said shelling hit the market, \"\"again\"\".\r\nTwo died.\",x,1/2/2016,Aleppo,1\r\n"
                + "2,Short,,x,1/2/2016,idlib,0\r\n";
        Path file = dir.resolve(PlaceFocusEvaluation.FILE);
        Files.write(file, csv.getBytes(Charset.forName("windows-1252")));
        List<PlaceFocusEvaluation.Row> rows = PlaceFocusEvaluation.read(file);
        assertEquals(2, rows.size());
        assertEquals("aleppo", rows.get(0).location());
        assertEquals("Shelling hits Qadira\n\nCaf\u00e9 owners said shelling hit the market, \"again\".\r\nTwo died.", rows.get(0).article().text());
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedByName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(PlaceFocusEvaluation.FILE);
        Files.writeString(file, "id,text\n1,x\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlaceFocusEvaluation.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("location"), e.getMessage());
    }
}
