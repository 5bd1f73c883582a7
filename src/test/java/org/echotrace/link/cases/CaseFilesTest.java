package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.echotrace.model.KnownCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsTheCaseListLayoutWithPlusJoinedValues() throws IOException {
        Path f = write("posts.csv", "date,id,title,countries,keywords,languages,outlets\n"
                + "2018-02-08,https://euvsdisinfo.eu/report/x/,Militants shelter in a zone held by a foreign army,"
                + "Russia+US+Syria,Syrian War+Terrorism,Hungarian,outlet one+outlet two\n");
        CaseBase base = CaseFiles.read(f);
        assertEquals(List.of(), base.problems());
        KnownCase c = base.cases().get(0);
        assertEquals("https://euvsdisinfo.eu/report/x/", c.id());
        assertEquals(Optional.of(LocalDate.of(2018, 2, 8)), c.date());
        assertEquals(List.of("Syrian War", "Terrorism"), c.keywords());
        assertEquals(List.of("Russia", "US", "Syria"), c.countries());
        assertEquals(Optional.of("outlet one, outlet two"), c.claimant());
        assertEquals("EUvsDisinfo", c.source());
    }

    @Test
    void readsTheSummaryLayoutWithUsDatesAndAStableContentId() throws IOException {
        String text = "\"issue\",\"date\",\"outlet\",\"language\",\"origin\",\"reported by\",\"keywords\",\"source\","
                + "\"title\",\"summary\",\"disproof\"\n"
                + "82,10/03/17,\"TV One\",\"Russian\",\"Ukraine\",\"an NGO\",\"TV One, Military\",\"https://example.org/a\","
                + "\"The depot fire was staged\",\"The fire was staged\nby soldiers.\",\"Investigators found no sign of it.\"\n";
        CaseBase first = CaseFiles.read(write("s.csv", text));
        CaseBase again = CaseFiles.read(write("copy.csv", text));
        KnownCase c = first.cases().get(0);
        assertEquals(Optional.of(LocalDate.of(2017, 10, 3)), c.date());
        assertEquals(Optional.of("The fire was staged\nby soldiers."), c.summary());
        assertEquals(Optional.of("Investigators found no sign of it."), c.disproof());
        assertEquals(List.of("TV One", "Military"), c.keywords());
        assertEquals(c.id(), again.cases().get(0).id());
        assertTrue(c.id().startsWith("euvsdisinfo:"));
    }

    @Test
    void aBadRowIsReportedWithFileAndLineAndTheOthersAreRead() throws IOException {
        Path f = write("bad.csv", "date,id,title,countries,keywords,languages,outlets\n"
                + "2018-02-08,u1,Good one,,,,\n"
                + "yesterday,u2,Bad date,,,,\n"
                + "2018-02-09,u3,Too few\n"
                + "2018-02-10,u4,Good two,,,,\n");
        CaseBase base = CaseFiles.read(f);
        assertEquals(List.of("u1", "u4"), base.cases().stream().map(KnownCase::id).toList());
        assertEquals(2, base.problems().size());
        assertEquals(3, base.problems().get(0).line());
        assertEquals(4, base.problems().get(1).line());
        assertTrue(base.problems().get(0).toString().startsWith(f + ":3: unreadable date"), base.problems().get(0).toString());
    }

    @Test
    void aFileOfAnotherLayoutIsOneProblemNotACrash() throws IOException {
        CaseBase base = CaseFiles.read(write("other.csv", "name,age\nx,3\n"));
        assertEquals(0, base.cases().size());
        assertTrue(base.problems().get(0).message().contains("not an EUvsDisinfo header"));
        CaseBase binary = CaseFiles.read(Files.write(dir.resolve("b.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}));
        assertEquals("not UTF-8 text", binary.problems().get(0).message());
    }
}
