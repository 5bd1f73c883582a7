package org.echotrace.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.echotrace.clean.LineProfile;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.InputFormat;
import org.echotrace.model.Origin;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.echotrace.pipeline.Rejected;
import org.echotrace.pipeline.Stage;

/**
 * Labels the visible text of an HTML page, block by block, so that the body reads as the article and
 * nothing else, while navigation, widgets, captions and comments are kept apart, not deleted. The
 * article's text becomes the flattened page (one block per line, a blank line between blocks) and
 * the markup stays in its origin; every line maps back to its span in the markup.
 *
 * <p>Design decision: like {@link org.echotrace.clean.TextCleaner}, the work is a fixed chain of
 * small rules listed in one place below, each labelling only blocks no earlier rule claimed. The
 * chain rests on the DOM (where the paragraphs cluster, link density, tag and class conventions) and
 * on the corpus's {@link LineProfile}, never on names of known sites or words of one language.
 */
public final class HtmlCleaner implements Stage<RawArticle, CleanArticle> {
    private final List<BlockRule> rules;

    public HtmlCleaner(LineProfile corpus) {
        Objects.requireNonNull(corpus, "corpus");
        this.rules = List.of(
                new FurnitureMarks(),           // nav, share bars, comments, captions... by tag and class
                new TitleAndStandfirst(),       // the headline and the summary under it
                new NearbyProse(),              // prose beside the main text's box
                new OutsideMainText(),          // the title; everything around the main text
                new DateLines(),                // "03.04.2020", "19:49": printed dates
                new LinkLists(),                // link-heavy blocks inside the main text
                new SiteTemplates(corpus),      // short lines the corpus repeats across pages
                new ClosingPrompts(corpus),     // short lines after the last prose, by controls or recurrence
                new MainText(),                 // the rest: body and subheadings
                new HeadingSections());         // a subheading takes the kind of what it heads
    }

    @Override
    public CleanArticle apply(RawArticle raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.origin().format() != InputFormat.HTML) {
            throw new IllegalArgumentException("HtmlCleaner got a " + raw.origin().format() + " article: " + raw.source());
        }
        String html = raw.text();
        HtmlPage page = extract(html, raw.origin().url());
        Origin o = raw.origin();
        Origin origin = new Origin(o.format(), o.url(), o.captured(), o.fields(), Optional.of(html));
        RawArticle flat = new RawArticle(raw.id(), raw.source(), page.text(), raw.charset(), raw.notices(), origin);
        return new CleanArticle(flat, page.segments(), ArticleMetadata.EMPTY);
    }

    /** The page's labelled blocks; throws {@link Rejected} when it shows no text at all. */
    public HtmlPage extract(String html, Optional<String> url) {
        BlockFlattener.Flat flat = BlockFlattener.flatten(parse(html, url));
        if (flat.blocks().isEmpty()) {
            throw new Rejected("no text: the HTML page shows no visible text (" + html.length() + " characters of markup)");
        }
        PageBlocks page = new PageBlocks(flat, MainContainer.find(flat));
        for (BlockRule rule : rules) {
            rule.label(page);
        }
        StringBuilder text = new StringBuilder();
        List<Segment> segments = new ArrayList<>(flat.blocks().size());
        List<int[]> spans = new ArrayList<>(flat.blocks().size());
        for (Block b : flat.blocks()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            segments.add(new Segment(b.kind, text.length(), text.length() + b.text.length(), b.markupStart, b.markupEnd));
            spans.add(new int[] {b.markupStart, b.markupEnd});
            text.append(b.text);
        }
        return new HtmlPage(text.toString(), segments, spans);
    }

    /**
     * The visible text of a page, flattened as {@link #extract} does but not labelled: what a
     * corpus {@link LineProfile} counts. Cheaper than {@link #extract}: source positions are not
     * tracked and only the line breaking is done.
     */
    public static String visibleText(String html) {
        return VisibleLines.of(Jsoup.parse(html, "", Parser.htmlParser()));
    }

    private static Document parse(String html, Optional<String> url) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return Jsoup.parse(html, url.orElse(""), parser);
    }
}
