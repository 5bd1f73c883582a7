package org.echotrace.extract.html;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The last resort: dates written anywhere in the page's visible text, outside comments, sidebars and
 * footers. A date right after a publication cue ("veröffentlicht am", "posted on", "publié le") wins;
 * otherwise the first plausible one, since the header comes before the body.
 *
 * <p>Design decision: only the first {@link #MAX_CHARS} characters of text are scanned; a publication
 * date deeper than that is too uncertain to be worth the time on huge pages.
 */
final class TextDates {
    static final int MAX_CHARS = 100_000;
    private static final Pattern CUE = Pattern.compile(
            "(?iu)(published|posted|updated|veröffentlicht|erstellt|publiziert|datum|date|publié|publicado|publicat"
                    + "|pubblicato|опубликовано|опубліковано|yayınlanma|yayın tarihi|tarih|published on|stand|von|vom|am|on|le"
                    + "|publicado em|publicado el|publié le)\\s*:?\\s*$");
    private static final int CUE_WINDOW = 40;

    private TextDates() {
    }

    static Optional<DateFinding> find(ParsedPage p) {
        Element root = p.doc.body() == null ? p.doc : p.doc.body();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (text.length() < MAX_CHARS && node instanceof TextNode t && !t.isBlank()
                        && t.parent() instanceof Element parent && !p.zones.foreign(parent)) {
                    text.append(t.text()).append(' ');
                }
            }
        }, root);
        List<DatePatterns.Found> all = DatePatterns.findAll(text, p.monthFirst, 200);
        DatePatterns.Found first = null;
        for (DatePatterns.Found f : all) {
            if (!p.plausible(f.date())) {
                continue;
            }
            String before = text.substring(Math.max(0, f.start() - CUE_WINDOW), f.start());
            if (CUE.matcher(before).find()) {
                return Optional.of(finding(p, text, f, "text after cue"));
            }
            if (first == null) {
                first = f;
            }
        }
        return first == null ? Optional.empty() : Optional.of(finding(p, text, first, "text"));
    }

    private static DateFinding finding(ParsedPage p, CharSequence text, DatePatterns.Found f, String how) {
        String written = text.subSequence(f.start(), f.end()).toString();
        int[] at = p.locate(written, 0);
        return new DateFinding(f.iso(), f.precision(), how + ": '" + written + "'", at[0], at[1]);
    }
}
