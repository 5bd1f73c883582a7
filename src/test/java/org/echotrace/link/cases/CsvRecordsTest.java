package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
    @Test
    void quotedLineBreaksStayInTheFieldAndLaterRowsKeepTheirLineNumbers() {
        List<CsvRecords.Row> rows = CsvRecords.parse("a,b\r\n\"one\ntwo\",\"say \"\"hi\"\"\"\nx,y\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("one\ntwo", "say \"hi\""), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsJustACharacter() {
        List<CsvRecords.Row> rows = CsvRecords.parse("1\tHe said \"no\" twice\t3", '\t');
        assertEquals(List.of("1", "He said \"no\" twice", "3"), rows.get(0).fields());
    }

    @Test
    void anUnterminatedQuoteAtTheEndIsFlagged() {
        List<CsvRecords.Row> rows = CsvRecords.parse("a,b\n\"open,x\n");
        assertFalse(rows.get(1).closed());
    }
}
