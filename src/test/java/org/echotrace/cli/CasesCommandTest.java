package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void importsTwiceWithoutDuplicatesAndMatchShowsScoreSummaryAndDisproof() throws Exception {
        Files.writeString(tmp.resolve("cases.csv"), "\"issue\",\"date\",\"outlet\",\"language\",\"origin\",\"reported by\","
                + "\"keywords\",\"source\",\"title\",\"summary\",\"disproof\"\n"
                + "1,03/01/17,\"Outlet A\",\"Russian\",\"US, Syria\",\"x\",\"Syria\",\"https://a.example/1\","
                + "\"The foreign base in the desert shelters militants\",\"Militants hide in the zone around the foreign desert base.\","
                + "\"No evidence; the coalition fights the militants.\"\n"
                + "1,13/45/17,\"Outlet B\",\"Russian\",\"EU\",\"x\",\"EU\",\"https://a.example/2\",\"Bad date\",\"s\",\"d\"\n"
                + "1,03/02/17,\"Outlet C\",\"Russian\",\"EU\",\"x\",\"Health\",\"https://a.example/3\","
                + "\"Vaccines carry microchips\",\"A vaccine implants a tracking chip.\",\"Vaccines hold no chips.\"\n");
        Files.writeString(tmp.resolve("review.json"), "{\"@type\": \"ClaimReview\", \"url\": \"https://c.example/r\","
                + " \"claimReviewed\": \"The moon landing was filmed in a studio\", \"reviewRating\": {\"alternateName\": \"False\"},"
                + " \"author\": {\"name\": \"Checkers\"}}");
        EchotraceProcess.Result first = EchotraceProcess.run(tmp, "cases", "import", "cases.csv", "review.json", "--store", "s");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("cases.csv: 2 cases read, 2 new, 1 rows not read"), first.out());
        assertTrue(first.err().contains("cases.csv:3: unreadable date '13/45/17'"), first.err());
        assertTrue(first.out().contains("3 cases in the store"), first.out());
        EchotraceProcess.Result again = EchotraceProcess.run(tmp, "cases", "import", "cases.csv", "--store", "s");
        assertTrue(again.out().contains("2 cases read, 0 new"), again.out());
        assertTrue(again.out().contains("3 cases in the store"), again.out());

        EchotraceProcess.Result match = EchotraceProcess.run(tmp, "cases", "match",
                "Militants are hiding near the foreign base in the desert", "--store", "s", "--limit", "2");
        assertEquals(0, match.exit(), match.err());
        String[] lines = match.out().split("\n");
        assertTrue(lines[0].startsWith("1. score "), match.out());
        assertEquals("   The foreign base in the desert shelters militants", lines[1]);
        assertTrue(match.out().contains("summary: Militants hide in the zone around the foreign desert base."), match.out());
        assertTrue(match.out().contains("disproof: No evidence; the coalition fights the militants."), match.out());
    }

    @Test
    void matchWithoutCasesSaysHowToImportThem() throws Exception {
        Files.writeString(tmp.resolve("empty.json"), "[]");
        EchotraceProcess.run(tmp, "cases", "import", "empty.json", "--store", "s");
        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "cases", "match", "anything", "--store", "s");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("No cases in s; import a case base first"), r.out());
    }
}
