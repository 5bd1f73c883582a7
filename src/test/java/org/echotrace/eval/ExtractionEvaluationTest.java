package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.echotrace.ingest.InputReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void scoresAFolderInTheTrafilaturaLayoutForBothExtractors() throws IOException {
        Files.createDirectories(dir.resolve("html"));
        String page = "<html lang=\"de-DE\"><head><meta charset=\"windows-1252\"></head><body>"
                + "<nav><a href=/>Startseite</a> <a href=/b>Kontakt</a></nav><article><h1>Überschrift</h1>"
                + "<p>Der erste Absatz des Artikels, lang genug, mit einem Komma, und einem Punkt am Ende.</p>"
                + "<p>Der zweite Absatz führt das Thema fort, mit weiteren Einzelheiten aus der Region.</p>"
                + "</article><footer>Impressum und Datenschutz</footer></body></html>";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/a.html.gz")))) {
            out.write(page.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        }
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://example.org/a": {"file": "a.html",
                  "with": ["Der erste Absatz des Artikels", "führt das Thema fort"],
                  "without": ["Impressum und Datenschutz", "Startseite"]}}""");
        Map<String, Object> m = ExtractionEvaluation.run(dir, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        assertEquals(1, m.get("pages"));
        @SuppressWarnings("unchecked")
        Map<String, Object> ours = (Map<String, Object>) m.get("echotrace");
        assertEquals(1.0, ours.get("f1"));
        assertTrue(m.containsKey("boilerpipe"));
        assertTrue(((Map<?, ?>) m.get("per_language")).containsKey("de"));
        assertTrue((double) m.get("peak_heap_mb") > 0);
    }

    @Test
    void decodesDeclaredCharsetsAndFallsBackToWindows1252() {
        byte[] latin = "<meta charset=iso-8859-1><p>Grüße</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(InputReader.decodeHtml("p", latin).text().contains("Grüße"));
        byte[] undeclared = "<p>Grüße</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(InputReader.decodeHtml("p", undeclared).text().contains("Grüße"));
        byte[] utf8 = "\uFEFF<p>Grüße</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("<p>Grüße</p>", InputReader.decodeHtml("p", utf8).text());
    }
}
