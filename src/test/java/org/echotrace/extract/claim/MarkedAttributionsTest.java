package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.Attribution;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.CueType;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inline-marked sentences (OpenNLP style): {@code <S>source</S>}, {@code <C>cue</C>},
 * {@code <T>content</T>}; the extractor must find exactly the marked relation.
 */
class MarkedAttributionsTest {
    private static final Pattern MARK = Pattern.compile("<(/?)([SCT])>");
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<S>The ministry</S> <C>said</C> <T>that militants attacked the village</T>.|INDIRECT",
        "<T>Five militants were killed</T>, <S>the center</S> <C>said</C>.|INDIRECT",
        "<T>“The advance was stopped,”</T> <C>says</C> <S>the statement from the Russian Center</S>.|DIRECT",
        "<C>According to</C> <S>the Russian Reconciliation Center</S>, <T>troops thwarted an advance</T>.|ACCORDING_TO",
        "<T>The strikes destroyed three bases</T>, <S>Major General Yury Popov, deputy chief of the center</S>, <C>announced</C> on May 16.|INDIRECT",
        "<S>Konashenkov</S> <C>told</C> reporters <T>that the zone is controlled by the US</T>.|INDIRECT",
        "It is also <C>reported</C> <T>that a large group was detected</T>.|OTHER",
        "<T>\"The zone shelters the militants,\"</T> <C>said</C> <S>the major general</S>.|DIRECT",
        "<S>The U.S.</S> <C>claims</C> <T>that it is present in the area to counter ISIS</T>.|INDIRECT",
        "<S>Russian Defence Ministry</S><C>:</C> <T>US-controlled al-Tanf zone shelters ISIS militants</T>|INDIRECT",
        "<T>Clinton held a 24-point lead over Sanders among black voters</T> <C>in</C> <S>a CNN national poll</S>.|INDIRECT",
        "<C>In</C> <S>the latest Quinnipiac survey</S>, <T>Cruz is second with 18 percent</T>.|INDIRECT",
        "<S>TAPPER</S><C>:</C> <T>Do you think the convoy was attacked from the air</T>?|INDIRECT",
        "<S>Zakharova</S><C>:</C> <T>“Washington is covering for the terrorists in Syria”</T>|DIRECT",
    })
    void findsTheMarkedRelation(String marked, CueType type) {
        StringBuilder text = new StringBuilder();
        TextSpan[] spans = new TextSpan[3];
        int[] open = new int[3];
        Matcher m = MARK.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int role = "SCT".indexOf(m.group(2));
            if (m.group(1).isEmpty()) {
                open[role] = text.length();
            } else {
                spans[role] = new TextSpan(open[role], text.length());
            }
            last = m.end();
        }
        text.append(marked.substring(last));
        String t = text.toString();
        List<Attribution> found = attributions(t);
        assertEquals(1, found.size(), found.toString());
        Attribution a = found.get(0);
        List<String> expected = new ArrayList<>();
        expected.add(spans[0] == null ? "-" : spans[0].textOf(t));
        expected.add(spans[1].textOf(t));
        expected.add(spans[2].textOf(t));
        expected.add(type.name());
        assertEquals(expected, List.of(a.source().map(s -> s.textOf(t)).orElse("-"), a.cue().textOf(t),
                a.contentExtent().textOf(t), a.cueType().name()));
    }

    /** A label, a section head, a date, a title or a caption before a colon credits nobody. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Source: TASS",
        "Photo: Dmitriy Vinogradov / RIA Novosti",
        "SouthFront: Analysis and Intelligence",
        "Our commenting rules: the editors remove abusive posts.",
        "Editor's note: This article was updated on Friday.",
        "Possible solutions: the two offices intend to merge next year.",
        "Bottom line: the ceasefire around the zone is unlikely to hold.",
        "October 21: The ministry will publish the full list of strikes tomorrow.",
    })
    void aLabelBeforeAColonIsNoSpeaker(String line) {
        assertEquals(List.of(), attributions(line));
    }

    private static List<Attribution> attributions(String t) {
        RawArticle raw = new RawArticle("m", "m.txt", t, "UTF-8", List.of());
        CleanArticle clean = new CleanArticle(raw, List.of(new Segment(SegmentKind.BODY, 0, t.length())), ArticleMetadata.EMPTY);
        return new ClaimExtractor().attributions(SENTENCES.apply(AnalyzedArticle.of(clean)));
    }
}
