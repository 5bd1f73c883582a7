package org.echotrace.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.PublishedDate;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.pipeline.Stage;

/**
 * Fills an article's metadata from the lines the cleaner labelled: the title from the first title
 * line, the author from a byline's "by Name", the publication date from a dateline, the outlet from
 * a dateline ("– Fort Russ News –"), a support banner ("Support SouthFront") or a site banner
 * ("SouthFront: Analysis and Intelligence"), the cited sources from credit lines ("Source: TASS")
 * and a closing "(Source: X)" of the body, and the language from the body's words.
 *
 * <p>Design decision: only labelled lines are read, so a date or a "by" inside the body never
 * becomes metadata. Found values replace the article's; absent ones leave what it already had.
 * Several outlet signatures may disagree (a syndicated piece carries its source's dateline and the
 * host's banner); the name seen most often wins, the first seen on a tie.
 */
public final class MetadataExtractor implements Stage<CleanArticle, CleanArticle> {
    /** "by Jane Doe", "BY JANE DOE": up to four capitalised words after "by". */
    private static final Pattern BY_NAME = Pattern.compile(
            "(?i:\\bby)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})");
    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{N}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'’&-]*){0,3})";
    /** "Support SouthFront", "Support Russia Insider - Go Ad-Free!". */
    static final Pattern SUPPORT = Pattern.compile("^(?i:support)\\s+" + NAME + "\\s*(?:[-–—|:!].*)?$");
    /** "SouthFront: Analysis and Intelligence": a name, a colon and a short slogan, nothing more. */
    static final Pattern SITE_SLOGAN = Pattern.compile("^" + NAME + "\\s*:\\s+\\p{L}[\\p{L}\\s,&'’-]{2,60}$");
    /** Words that follow "Support" in appeals that name no outlet ("Support Our Journalism"). */
    private static final Set<String> NOT_OUTLETS = Set.of("us", "our", "this", "independent", "journalism", "me",
            "local", "the", "today", "now", "free");
    private static final Pattern CREDIT = Pattern.compile("^(?i:sources?|via|credit)\\s*:\\s*(.{1,200})$");
    private static final Pattern INLINE_CREDIT = Pattern.compile(
            "\\((?i:sources?|via)\\s*:\\s*([^()\\n]{1,120})\\)\\s*\\.?\\s*$");
    /**
     * A credit closing the last paragraph after its last sentence, where the scraper flattened the
     * credit line into it: ". Source: TRT World and agencies", ". Source TRTWorld" (the colon lost),
     * ". --Reuters". Names only: capitalised words, joined by "and" or commas.
     */
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "[.!?\"”’)]\\s+(?:(?i:sources?)\\s*:?\\s+|--\\s?)(\\p{Lu}[\\p{L}\\p{N}.&'’-]*"
                    + "(?:(?:\\s+|,\\s*)(?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*|and|agencies)){0,6})\\s*$");
    /** Words of a credit that name no source: "TRT World and agencies". */
    private static final Set<String> GENERIC_SOURCES = Set.of("agencies", "Agencies", "wires", "Wires");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:[,;]|\\s(?:and|&)\\s)\\s*");
    private static final int MAX_LINE = 200;
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "^(?i:author)\\s*:\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})");

    /** A date opening the body's first paragraph: a dateline glued to the lead ({@link DatelineParser#parseOpening}). */
    private static Optional<PublishedDate> openingDate(String text, Segment first) {
        String paragraph = first.textOf(text);
        int lead = 0;
        while (lead < paragraph.length() && Character.isWhitespace(paragraph.charAt(lead))) {
            lead++;
        }
        int from = first.start() + lead;
        return DatelineParser.parseOpening(paragraph.substring(lead)).map(d -> new PublishedDate(d.iso(),
                PublishedDate.precisionOf(d.iso()), "date opening the body", from, from + d.end()));
    }

    @Override
    public CleanArticle apply(CleanArticle in) {
        String text = in.raw().text();
        Optional<String> title = Optional.empty();
        Optional<String> author = Optional.empty();
        Optional<PublishedDate> published = Optional.empty();
        Map<String, Integer> outlets = new LinkedHashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Segment s : in.segments()) {
            String line = s.textOf(text).strip();
            if (s.kind() == SegmentKind.SUPPORT_BANNER) {
                outletOf(SUPPORT, line).ifPresent(o -> outlets.merge(o, 1, Integer::sum));
            } else if (s.kind() == SegmentKind.SITE_BANNER) {
                outletOf(SITE_SLOGAN, line).ifPresent(o -> outlets.merge(o, 1, Integer::sum));
            } else if (s.kind() == SegmentKind.SOURCE_CREDIT) {
                sources.addAll(credited(CREDIT, line));
            } else if (s.kind() == SegmentKind.DATELINE && !published.isEmpty()) {
                DatelineParser.parse(line).flatMap(d -> DatelineParser.outletAfter(line, d))
                        .ifPresent(o -> outlets.merge(o, 1, Integer::sum));
            }
            if (s.kind() == SegmentKind.TITLE && title.isEmpty()) {
                title = Optional.of(line);
            } else if (s.kind() == SegmentKind.BYLINE && author.isEmpty()) {
                author = author(line);
            } else if (s.kind() == SegmentKind.DATELINE && published.isEmpty()) {
                Optional<DatelineParser.Parsed> date = DatelineParser.parse(line);
                if (date.isPresent()) {
                    String iso = date.get().iso();
                    published = Optional.of(new PublishedDate(iso, PublishedDate.precisionOf(iso), "dateline",
                            s.start(), s.end()));
                    DatelineParser.outletAfter(line, date.get()).ifPresent(o -> outlets.merge(o, 1, Integer::sum));
                }
            }
        }
        List<Segment> body = in.bodySegments();
        if (published.isEmpty() && !body.isEmpty()) {
            published = openingDate(text, body.get(0));
        }
        if (!body.isEmpty()) {
            String last = body.get(body.size() - 1).textOf(text).strip();
            List<String> inline = credited(INLINE_CREDIT, last);
            sources.addAll(inline.isEmpty() ? credited(CLOSING_CREDIT, last) : inline);
        }
        Optional<String> outlet = mostFrequent(outlets);
        Optional<String> language = LanguageGuesser.guess(in.body());
        ArticleMetadata old = in.metadata();
        ArticleMetadata metadata = old.withTitle(title.or(old::title)).withPublished(published.or(old::published))
                .withOutlet(outlet.or(old::outlet)).withAuthor(author.or(old::author))
                .withLanguage(language.or(old::language))
                .withCitedSources(sources.isEmpty() ? old.citedSources() : List.copyOf(sources));
        return new CleanArticle(in.raw(), in.segments(), metadata);
    }

    static Optional<String> outletOf(Pattern shape, String line) {
        if (line.length() > MAX_LINE) {
            return Optional.empty();
        }
        Matcher m = shape.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return NOT_OUTLETS.contains(first) ? Optional.empty() : Optional.of(name);
    }

    /** The names of a credit: "Sources: TASS, RIA Novosti and Sputnik" gives all three. */
    static List<String> credited(Pattern shape, String line) {
        if (line.length() > MAX_LINE && shape == CREDIT) {
            return List.of();
        }
        Matcher m = shape.matcher(line);
        if (!m.find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(m.group(1).strip())) {
            String name = part.strip().replaceAll("[.\\s]+$", "");
            if (!name.isEmpty() && name.length() <= 80 && !GENERIC_SOURCES.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static Optional<String> mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<String> author(String byline) {
        Matcher m = BY_NAME.matcher(byline);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        m = AUTHOR_LABEL.matcher(byline);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
