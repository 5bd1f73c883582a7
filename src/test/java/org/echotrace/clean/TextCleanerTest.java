package org.echotrace.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.pipeline.Rejected;
import org.junit.jupiter.api.Test;

/** Behaviour on small invented pages of outlets the cleaner has never seen. */
class TextCleanerTest {
    private static final String P1 = "The port authority of Varnamouth said on Tuesday that no tanker had been seized"
            + " in its waters, contradicting reports circulated by several channels overnight.";
    private static final String P2 = "“There was no boarding, no arrest and no diversion of any vessel,” the"
            + " authority’s spokesman told reporters at the harbour office.";
    private static final String P3 = "Local fishermen told the paper they had seen two patrol boats leave the harbour"
            + " before dawn, but could not say where the boats went.";

    private static final TextCleaner ALONE = new TextCleaner(LineProfile.EMPTY);

    @Test
    void labelsShareCountersAndDonationWidgets() {
        String text = "Harbour Authority Denies Reports Of Tanker Seizure\n\n3 1,204\n\n10 $\n250 €\n\n"
                + P1 + "\n\n" + P2 + "\n\n14 shares\n";
        assertEquals(List.of("title", "share_counter", "donation", "donation", "body", "body", "share_counter"),
                kinds(ALONE, text));
    }

    @Test
    void keepsAdvertisementMarkersOutOfTheBody() {
        String text = P1 + "\n\n— Advertisement —\n\n" + P2 + "\n\nSPONSORED CONTENT\n\n" + P3 + "\n";
        CleanArticle clean = ALONE.apply(raw(text));
        assertEquals(List.of("body", "advertisement", "body", "advertisement", "body"), kinds(clean));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, clean.body());
    }

    @Test
    void setsNewsletterPromptsApartEvenWhenTheyReadAsSentences() {
        String text = P1 + "\n\n" + P2 + "\n\nJoin our mailing list\n"
                + "Sign up for the morning briefing and get the top stories delivered to your inbox every day.\n"
                + "Stay informed: follow our Telegram channel for breaking updates.\n";
        assertEquals(List.of("body", "body", "newsletter", "newsletter", "newsletter"), kinds(ALONE, text));
    }

    @Test
    void setsSupportBannersApartBeforeAndAfterTheText() {
        String text = "Support Coastline Herald\n\nTanker Story Was False, Port Says\n\n" + P1 + "\n\n" + P2
                + "\n\nSupport independent journalism - Go Ad-Free!\n";
        assertEquals(List.of("support_banner", "title", "body", "body", "support_banner"), kinds(ALONE, text));
    }

    @Test
    void labelsImageCaptionsAndImageLinks() {
        String text = "Tanker Story Was False, Port Says\n\nClick to enlarge\n\n"
                + "A tanker at anchor off Varnamouth on Monday. Photo: Jan Novak / Coastline Agency\n\n"
                + P1 + "\n\n" + P2 + "\n";
        assertEquals(List.of("title", "image_link", "caption", "body", "body"), kinds(ALONE, text));
    }

    @Test
    void keepsCommentsApartFromBodyWithTheirAuthors() {
        String text = "Tanker Story Was False, Port Says\n\n" + P1 + "\n\n" + P2 + "\n\n"
                + "Leave a Reply\nMost Voted | Newest\nPiet Harbers\n\n"
                + "so who paid the channels to run this story in the first place, and why did nobody check it?\n\n"
                + "seagull77\n\nthe port always denies everything, i have watched this harbour for thirty years.\n\n"
                + "2 days ago\n";
        CleanArticle clean = ALONE.apply(raw(text));
        assertEquals(List.of("title", "body", "body", "comment_widget", "comment_widget", "comment_author",
                "comment", "comment_author", "comment", "comment_widget"), kinds(clean));
        assertEquals(P1 + "\n\n" + P2, clean.body());
    }

    @Test
    void labelsAShortHeadingBetweenParagraphsAsSubheading() {
        String text = "Tanker Story Was False, Port Says\n\n" + P1 + "\n\nWhat the fishermen saw\n\n" + P3 + "\n";
        assertEquals(List.of("title", "body", "subheading", "body"), kinds(ALONE, text));
    }

    @Test
    void labelsTheStandfirstUnderTheHeadline() {
        String text = "Tanker Story Was False, Port Says\n\n"
                + "The harbour office says the seizure reported overnight never happened\n\n" + P1 + "\n\n" + P2 + "\n";
        assertEquals(List.of("title", "standfirst", "body", "body"), kinds(ALONE, text));
    }

    @Test
    void findsDatelineBylineAndSourceCredit() {
        String text = "MARCH 2021\n\nTanker Story Was False, Port Says\n\nMarch 3rd, 2021 – Coastline Herald –\n\n"
                + "– Staff – – by Marta Kowalczyk –\n\n" + P1 + "\n\n" + P2 + "\n\nSource: Harbour Wire\n";
        assertEquals(List.of("dateline", "title", "dateline", "byline", "body", "body", "source_credit"),
                kinds(ALONE, text));
    }

    @Test
    void labelsSiteNoticesAfterTheLastParagraphAndTheFooter() {
        String text = "Tanker Story Was False, Port Says\n\n" + P1 + "\n\n" + P2 + "\n\n"
                + "Coastline Herald: News From The Shore\n\nNow reachable at coastline.news\n\n"
                + "© 2021 Coastline Herald. All rights reserved.\n";
        CleanArticle clean = ALONE.apply(raw(text));
        assertEquals(List.of("title", "body", "body", "site_banner", "site_banner", "footer"), kinds(clean));
    }

    @Test
    void setsApartATemplateLineTheCorpusRepeatsButKeepsSharedProse() {
        String banner = "Coastline Herald Independent Since 1999";
        String a = "Tanker Story Was False, Port Says\n\n" + banner + "\n\n" + P1 + "\n\n" + P2 + "\n";
        String b = "Ferry Strike Ends After Two Days\n\n" + banner + "\n\n" + P3 + "\n\n" + P2 + "\n";
        String c = "Storm Closes Northern Pier\n\n" + banner + "\n\n" + P1.replace("Tuesday", "Friday") + "\n";
        TextCleaner cleaner = new TextCleaner(LineProfile.EMPTY.plus(List.of(a, b, c)));
        assertEquals(List.of("title", "site_banner", "body", "body"), kinds(cleaner, a));
        assertEquals(List.of("title", "site_banner", "body", "body"), kinds(cleaner, b));
    }

    @Test
    void keepsTheHeadlineOfARepublishedArticle() {
        String headline = "Port Denies Tanker Seizure";
        String a = headline + "\n\n" + P1 + "\n\n" + P2 + "\n";
        String b = "Shore Times\n\n" + headline + "\n\n" + P1 + "\n\n" + P2 + "\n";
        TextCleaner cleaner = new TextCleaner(LineProfile.EMPTY.plus(List.of(a, b)));
        assertEquals(List.of("title", "body", "body"), kinds(cleaner, a));
        assertEquals(SegmentKind.TITLE, cleaner.apply(raw(b)).segments().get(1).kind());
    }

    @Test
    void labelsAHeadlineRepeatedInThePageAsTitle() {
        String text = "Port Denies Tanker Seizure\n\nSupport Shore Times\n\nPort Denies Tanker Seizure\n\n" + P1 + "\n";
        assertEquals(List.of("title", "support_banner", "title", "body"), kinds(ALONE, text));
    }

    @Test
    void offsetsMapBackToTheTrimmedOriginalLines() {
        String text = "  Port Denies Tanker Seizure \t\n\n\u00A0" + P1 + "\u00A0\n \n1 22\n";
        CleanArticle clean = ALONE.apply(raw(text));
        List<String> covered = new ArrayList<>();
        for (Segment s : clean.segments()) {
            covered.add(s.textOf(text));
        }
        assertEquals(List.of("Port Denies Tanker Seizure", P1, "1 22"), covered);
        assertEquals(P1.charAt(5), text.charAt(clean.originalOffset(5)));
    }

    @Test
    void splitsCrlfAndLoneCarriageReturnsAsLineBreaks() {
        String text = "Port Denies Tanker Seizure\r\n\r\n" + P1 + "\r\n\r\n— Advertisement —\r" + P2 + "\r\n";
        CleanArticle clean = ALONE.apply(raw(text));
        assertEquals(List.of("title", "body", "advertisement", "body"), kinds(clean));
        for (Segment s : clean.segments()) {
            String covered = s.textOf(text);
            assertFalse(covered.contains("\r") || covered.contains("\n"), covered);
        }
    }

    @Test
    void cleansAHugeSingleLineInLinearTime() {
        StringBuilder sb = new StringBuilder("Port Denies Tanker Seizure\n\n");
        while (sb.length() < 400_000) {
            sb.append(P1).append(' ');
        }
        String text = sb.append("\n").toString();
        CleanArticle clean = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ALONE.apply(raw(text)));
        assertEquals(List.of("title", "body"), kinds(clean));
    }

    @Test
    void rejectsAnArticleWithNoProse() {
        String text = "0 $\n2,400 $\n\nJUNE 2021\n\nSupport Shore Times\n\nShort Line Here\n\n1 78\n";
        Rejected e = assertThrows(Rejected.class, () -> ALONE.apply(raw(text)));
        assertTrue(e.getMessage().startsWith("no prose"), e.getMessage());
    }

    @Test
    void aShortPostIsItsOwnBody() {
        String text = "Idlib Flash\n\nAn explosion was reported near the city market.\n";
        CleanArticle clean = ALONE.apply(raw(text));
        assertEquals(List.of("title", "body"), kinds(clean), clean.segments().toString());
        assertEquals(List.of("body"), kinds(ALONE.apply(raw("The ministry said the camp was empty.\n"))));
        Rejected e = assertThrows(Rejected.class, () -> ALONE.apply(raw("Home | News | Contact\n")));
        assertTrue(e.getMessage().contains("no short post"), e.getMessage());
    }

    @Test
    void rejectsAnArticleWithNoTextAtAll() {
        Rejected e = assertThrows(Rejected.class, () -> ALONE.apply(raw(" \n\r\n\t\n")));
        assertTrue(e.getMessage().startsWith("no text"), e.getMessage());
    }

    @Test
    void givesEveryNonBlankLineOneSegmentInTextOrder() {
        String text = "a\n\nb\nc d e\n\n\n" + P1 + "\nf\n";
        CleanArticle clean = ALONE.apply(raw(text));
        assertEquals(5, clean.segments().size());
        for (int i = 1; i < clean.segments().size(); i++) {
            assertTrue(clean.segments().get(i - 1).end() < clean.segments().get(i).start());
        }
    }

    static RawArticle raw(String text) {
        return new RawArticle("test", "test.txt", text, "UTF-8", List.of());
    }

    static List<String> kinds(TextCleaner cleaner, String text) {
        return kinds(cleaner.apply(raw(text)));
    }

    static List<String> kinds(CleanArticle clean) {
        return clean.segments().stream().map(s -> s.kind().label()).toList();
    }
}
