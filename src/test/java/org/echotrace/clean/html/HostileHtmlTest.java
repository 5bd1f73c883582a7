package org.echotrace.clean.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.echotrace.clean.LineProfile;
import org.junit.jupiter.api.Test;

class HostileHtmlTest {
    private static final HtmlCleaner CLEANER = new HtmlCleaner(LineProfile.EMPTY);
    private static final String PROSE = "<p>A paragraph of article text, with a comma, long enough to count as prose here.</p>";

    @Test
    void survivesTenThousandNestedDivs() {
        String html = "<html><body>" + "<div>".repeat(10_000) + PROSE + "</div>".repeat(10_000) + "</body></html>";
        HtmlPage page = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CLEANER.extract(html, Optional.empty()));
        assertTrue(page.text().contains("A paragraph of article text"));
    }

    @Test
    void survivesTenThousandNestedDivsEachWithText() {
        String html = "<html><body>" + "<div>level text, ".repeat(10_000) + "</div>".repeat(10_000) + "</body></html>";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CLEANER.extract(html, Optional.empty()));
    }

    @Test
    void readsPastAMegabyteAttribute() {
        String big = "x ".repeat(1_000_000);
        String html = "<html><body><div class=\"" + big + "\" style=\"" + big + "\">" + PROSE + "</div></body></html>";
        HtmlPage page = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CLEANER.extract(html, Optional.empty()));
        assertTrue(page.text().contains("A paragraph of article text"));
        assertFalse(page.text().contains("x x x"));
    }

    @Test
    void toleratesUnclosedAndBrokenTags() {
        String html = "<html><body><div><p>First paragraph, unclosed, with words enough to count as prose"
                + "<p>Second one <b>bold <i>both</b> italic? <table><tr><td>cell<td>cell two</div></span></p>";
        HtmlPage page = CLEANER.extract(html, Optional.empty());
        assertTrue(page.text().contains("First paragraph"));
        assertTrue(page.text().contains("cell two"));
    }

    @Test
    void neverShowsScriptTextEvenWhenBroken() {
        String html = "<html><body>" + PROSE + "<script>document.write('<p>injected secret</p>')</script>"
                + "<noscript>enable javascript secret</noscript><template><p>template secret</p></template>"
                + "<svg><text>svg secret</text></svg><iframe>frame secret</iframe><script>unclosed secret";
        HtmlPage page = CLEANER.extract(html, Optional.empty());
        assertFalse(page.text().contains("secret"), page.text());
    }

    @Test
    void handlesAHugePageInLinearTime() {
        String html = "<html><body><nav><a href=/>Home</a></nav><article>" + PROSE.repeat(50_000) + "</article></body></html>";
        HtmlPage page = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CLEANER.extract(html, Optional.empty()));
        assertTrue(page.segments().size() >= 50_000);
    }
}
