package org.echotrace.extract.html;

import java.util.ArrayList;
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
            "(?i)(published|posted|updated|veröffentlicht|erstellt|publiziert|datum|date|publié|publicado|publicat"
                    + "|pubblicato|опубликовано|published on|stand|von|vom|am|on|le|le)\\s*:?\\s*$");
    private static final int CUE_WINDOW = 40;

    private TextDates() {
    }

    private record Piece(TextNode node, int at) {
    }

    static Optional<DateFinding> find(ParsedPage p) {
        Element root = p.doc.body() == null ? p.doc : p.doc.body();
        StringBuilder text = new StringBuilder();
        List<Piece> pieces = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (text.length() < MAX_CHARS && node instanceof TextNode t && !t.isBlank()
                        && t.parent() instanceof Element parent && !Zones.foreign(parent)) {
                    pieces.add(new Piece(t, text.length()));
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
                return Optional.of(finding(p, text, pieces, f, "text after cue"));
            }
            if (first == null) {
                first = f;
            }
        }
        return first == null ? Optional.empty() : Optional.of(finding(p, text, pieces, first, "text"));
    }

    private static DateFinding finding(ParsedPage p, CharSequence text, List<Piece> pieces, DatePatterns.Found f,
                                       String how) {
        Piece piece = pieces.get(0);
        for (Piece candidate : pieces) {
            if (candidate.at() > f.start()) {
                break;
            }
            piece = candidate;
        }
        String written = text.subSequence(f.start(), f.end()).toString();
        int start = -1;
        int end = -1;
        if (piece.node().sourceRange().isTracked()) {
            // Entities shift offsets, so the written date is looked up in the node's own markup.
            int from = piece.node().sourceRange().startPos();
            int at = p.html.indexOf(written, from);
            start = at >= 0 && at < from + 2000 ? at : from;
            end = at >= 0 && at < from + 2000 ? at + written.length() : piece.node().sourceRange().endPos();
        }
        return new DateFinding(f.iso(), f.precision(), how + ": '" + written + "'", start, end);
    }
}
