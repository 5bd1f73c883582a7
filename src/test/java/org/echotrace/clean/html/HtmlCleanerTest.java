package org.echotrace.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echotrace.clean.LineProfile;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.InputFormat;
import org.echotrace.model.Origin;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.pipeline.Rejected;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {
    static final String NEWS = """
            <!doctype html><html lang="en"><head><title>Zone news</title>
            <style>body { color: red }</style><script>var secret = "never shown";</script></head>
            <body>
            <header><div class="logo">Invented Daily</div>
              <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/syria">Syria</a></li></ul></nav>
            </header>
            <main><article>
              <h1>Officials report supplies moved near the zone</h1>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <span>1,204</span></div>
              <p class="byline">By Jane Example</p>
              <p>The ministry said on Tuesday that convoys had crossed into the area, according to a statement read by its spokesman.</p>
              <figure><img src="a.jpg"><figcaption>A convoy on the road, in an undated photo.</figcaption></figure>
              <p>Local residents, who asked not to be named, described trucks arriving at night over several weeks, with escorts.</p>
              <h2>What the statement claims</h2>
              <p>The statement repeated earlier claims, and it gave no evidence for them, nor did it name any of its sources in the region.</p>
              <div class="related"><h3>Related</h3><ul><li><a href="/a">Earlier report on convoys</a></li><li><a href="/b">Profile of the spokesman</a></li></ul></div>
            </article></main>
            <section id="comments"><h3>2 comments</h3>
              <div class="comment"><span class="comment-author">reader42</span><p>This is all invented, and everyone knows it, but nobody will say so in public.</p></div>
            </section>
            <footer><p>© 2024 Invented Daily. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
            </body></html>
            """;

    static HtmlPage extract(String html) {
        return new HtmlCleaner(LineProfile.EMPTY).extract(html, Optional.empty());
    }

    static String kindOf(HtmlPage page, String text) {
        for (Segment s : page.segments()) {
            if (s.textOf(page.text()).contains(text)) {
                return s.kind().label();
            }
        }
        return "absent";
    }

    @Test
    void keepsTheArticleInTheBodyAndFurnitureApart() {
        HtmlPage page = extract(NEWS);
        assertEquals("title", kindOf(page, "Officials report supplies"));
        assertEquals("body", kindOf(page, "The ministry said on Tuesday"));
        assertEquals("body", kindOf(page, "Local residents"));
        assertEquals("subheading", kindOf(page, "What the statement claims"));
        assertEquals("navigation", kindOf(page, "World"));
        assertEquals("share_counter", kindOf(page, "Share on Facebook"));
        assertEquals("byline", kindOf(page, "By Jane Example"));
        assertEquals("caption", kindOf(page, "A convoy on the road"));
        assertEquals("related", kindOf(page, "Earlier report on convoys"));
        assertTrue(kindOf(page, "This is all invented").startsWith("comment"));
        assertEquals("footer", kindOf(page, "All rights reserved"));
    }

    @Test
    void neverShowsScriptsOrStyles() {
        HtmlPage page = extract(NEWS);
        assertFalse(page.text().contains("never shown"));
        assertFalse(page.text().contains("color: red"));
        assertFalse(page.text().contains("Zone news"), "the head is not visible text");
    }

    @Test
    void flattensOneBlockPerLineWithBlankLinesBetween() {
        HtmlPage page = extract(NEWS);
        List<String> lines = page.text().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(page.segments().size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i), page.segments().get(i).textOf(page.text()));
        }
        assertFalse(page.text().contains("\n\n\n"));
    }

    @Test
    void mapsEverySegmentToItsTextInTheMarkup() {
        HtmlPage page = extract(NEWS);
        for (int i = 0; i < page.segments().size(); i++) {
            int[] span = page.markupSpans().get(i);
            assertTrue(0 <= span[0] && span[0] < span[1] && span[1] <= NEWS.length(), "span inside the HTML");
            String line = page.segments().get(i).textOf(page.text());
            String firstWord = line.split(" ")[0];
            assertTrue(NEWS.substring(span[0], span[1]).contains(firstWord),
                    "span of '" + line + "' holds its first word");
            Segment s = page.segments().get(i);
            assertEquals(span[0], s.markupStart(), "the segment carries its block's markup span");
            assertEquals(span[1], s.markupEnd());
        }
        CleanArticle clean = new HtmlCleaner(LineProfile.EMPTY).apply(new RawArticle("id", "a.html", NEWS, "UTF-8",
                List.of(), new Origin(InputFormat.HTML, Optional.empty(), Optional.empty(), Map.of(), Optional.empty())));
        String markup = clean.raw().origin().markup().orElseThrow();
        for (Segment s : clean.segments()) {
            assertTrue(s.hasMarkup(), "an HTML segment points into the markup");
            String firstWord = s.textOf(clean.raw().text()).split(" ")[0];
            assertTrue(markup.substring(s.markupStart(), s.markupEnd()).contains(firstWord));
        }
    }

    @Test
    void producesACleanArticleWithTheMarkupInItsOrigin() {
        Origin origin = new Origin(InputFormat.HTML, Optional.of("https://example.org/a"), Optional.empty(), Map.of(),
                Optional.empty());
        RawArticle raw = new RawArticle("id1", "a.html", NEWS, "UTF-8", List.of(), origin);
        CleanArticle clean = new HtmlCleaner(LineProfile.EMPTY).apply(raw);
        assertEquals("id1", clean.id());
        assertEquals(Optional.of(NEWS), clean.raw().origin().markup());
        assertEquals(Optional.of("https://example.org/a"), clean.raw().origin().url());
        assertTrue(clean.body().startsWith("The ministry said on Tuesday"));
        assertFalse(clean.body().contains("Privacy"));
        assertFalse(clean.body().contains("invented, and everyone"));
    }

    @Test
    void countsForTheCorpusProfileTheSameLinesItLabels() {
        String odd = "<html><body>loose text<div>a<br>b <img src=x>c<hr>d</div><p hidden>no</p>"
                + "<table><tr><td>x</td><td>y</td></tr></table><span style='display: none'>no</span> tail</body></html>";
        for (String html : List.of(NEWS, odd)) {
            assertEquals(extract(html).text(), HtmlCleaner.visibleText(html));
        }
    }

    @Test
    void setsApartShortPromptsAfterTheLastProseWhenAControlSitsBesideThem() {
        String html = """
                <html><body><div class="x">
                <p>Die Regierung erklärte am Dienstag, die Lieferungen seien über die Grenze gekommen, sagte ein Sprecher.</p>
                <p>Anwohner berichteten von Lastwagen in der Nacht, über mehrere Wochen, mit Begleitschutz und ohne Licht.</p>
                <p>Quelle: Ministerium</p>
                <div class="r"><p>War der Artikel nützlich?</p><button>Ja</button><button>Nein</button></div>
                </div></body></html>""";
        HtmlPage page = extract(html);
        assertEquals("body", kindOf(page, "Anwohner berichteten"));
        assertEquals("body", kindOf(page, "Quelle: Ministerium"), "a closing line without a control stays");
        assertFalse(SegmentKind.expectLabel(kindOf(page, "War der Artikel")).inBody());
    }

    @Test
    void rejectsAPageWithoutText() {
        HtmlCleaner cleaner = new HtmlCleaner(LineProfile.EMPTY);
        Rejected r = assertThrows(Rejected.class,
                () -> cleaner.extract("<html><body><script>x()</script><img src=a></body></html>", Optional.empty()));
        assertTrue(r.getMessage().contains("no text"));
    }

    @Test
    void setsApartTemplateLinesRepeatedAcrossPagesOfASite() {
        String template = """
                <html><body><div class="top">Independent news since 1999</div>
                <div class="x"><p>%s</p><p>%s</p><p>Read our reporting rules</p></div>
                <div class="bottom">Support independent journalism today</div></body></html>""";
        String[] pages = {
                template.formatted("First article text, long enough to be a paragraph of prose for the scorer.",
                        "It goes on with a second sentence, and then a third one, about the first topic."),
                template.formatted("Second article text, on another topic entirely, with several clauses here.",
                        "More of the second article, which also runs to a full paragraph of prose."),
                template.formatted("Third article text, again different, describing another claimed event.",
                        "A closing paragraph of the third article, with a comma, and a full stop.")};
        LineProfile profile = LineProfile.EMPTY.plus(java.util.Arrays.stream(pages).map(HtmlCleaner::visibleText).toList());
        HtmlPage page = new HtmlCleaner(profile).extract(pages[0], Optional.empty());
        assertEquals("body", kindOf(page, "First article text"));
        assertFalse(SegmentKind.expectLabel(kindOf(page, "Read our reporting rules")).inBody());
        assertFalse(SegmentKind.expectLabel(kindOf(page, "Support independent journalism")).inBody());
        assertFalse(SegmentKind.expectLabel(kindOf(page, "Independent news since 1999")).inBody());
    }
}
