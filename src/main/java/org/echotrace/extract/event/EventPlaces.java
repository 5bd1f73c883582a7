package org.echotrace.extract.event;

import org.echotrace.model.GeoPrecision;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a sentence's event happened, among the places linked in it: not a place it comes from
 * ("from the community of Rukban", "out of the al-Tanf zone") while another is named; the most
 * precise kind first (a town or site, then a region or zone, then a country), the earliest of a kind.
 */
final class EventPlaces {
    private static final Pattern ORIGIN = Pattern.compile("(?i)\\b(from|out of)\\s+(the\\s+)?([\\w\\[\\]-]+\\s+){0,3}$");

    private EventPlaces() {
    }

    static Optional<PlaceMention> location(String text, TextSpan sentence, List<PlaceMention> places) {
        List<PlaceMention> inSentence = new ArrayList<>();
        List<PlaceMention> origins = new ArrayList<>();
        for (PlaceMention p : places) {
            if (!sentence.contains(p.span())) {
                continue;
            }
            String before = text.substring(Math.max(sentence.start(), p.span().start() - 40), p.span().start());
            (ORIGIN.matcher(before).find() ? origins : inSentence).add(p);
        }
        List<PlaceMention> pool = inSentence.isEmpty() ? origins : inSentence;
        for (GeoPrecision level : GeoPrecision.values()) {
            for (PlaceMention p : pool) {
                if (rank(p.place().precision()) == rank(level)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** A site and a place near it are equally precise for choosing where an event was. */
    private static int rank(GeoPrecision p) {
        return p == GeoPrecision.NEAR ? GeoPrecision.SITE.ordinal() : p.ordinal();
    }
}
