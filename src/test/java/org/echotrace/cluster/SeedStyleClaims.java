package org.echotrace.cluster;

import org.echotrace.embed.SentenceEmbedder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written claims in the manner of the seed articles (written for these tests, not taken from
 * them): the US-held al-Tanf zone shelters ISIS, told by four outlets from 2017 to 2024, with one
 * ministry statement given twice in one article in two translations and transliterations, plus two
 * claims of an unrelated story.
 */
final class SeedStyleClaims {
    static final String MOD = "Russian Defence Ministry";
    static final String MOD_US_SPELLING = "Russian Defense Ministry";

    private SeedStyleClaims() {
    }

    static List<ClaimPoint> all() {
        List<String> texts = List.of(
                // 0, 1: one statement, two translations, in one article (a-2017).
                "About 300 ISIS militants in off-road vehicles advanced from Rukban towards the town of al-Qaryatayn overnight.",
                "Overnight, some 300 ISIL gunmen in cross-country vehicles moved from the Rukban settlement towards Al-Karatein.",
                // 2, 3: the same, one article, At Tanf / Al-Tanf.
                "All these attacks were launched from the 50-kilometre zone around At Tanf where the US military mission is based.",
                "The attacks were all carried out from the 50-km zone around Al-Tanf, the area where the American military mission is stationed.",
                // 4: a 2018 outlet repeating the narrative in its own voice.
                "The American base at al-Tanf has become a safe haven for Islamic State terrorists.",
                // 5: a 2019 outlet relaying the Reconciliation Center.
                "Militants sheltering in the US-controlled al-Tanf area are attacking Syrian troops, the Reconciliation Center said.",
                // 6: a 2024 outlet.
                "ISIS fighters are resupplied and trained inside the US-held zone around At Tanf, Syrian sources say.",
                // 7: a re-publication of 4 by another outlet.
                "The American base at al-Tanf has become a safe haven for Islamic State terrorists.",
                // 8, 9: unrelated.
                "The city council approved a new budget for repairing bridges and school roofs.",
                "Council members voted to spend more on road repairs and school buildings next year.");
        List<float[]> v = SentenceEmbedder.get().embed(texts);
        LocalDate d17 = LocalDate.of(2017, 9, 29);
        List<ClaimPoint> out = new ArrayList<>();
        out.add(Points.attributed("a-2017", 0, texts.get(0), v.get(0), d17, "Wire Daily", "Igor Konashenkov", MOD, "TASS"));
        out.add(Points.attributed("a-2017", 1, texts.get(1), v.get(1), d17, "Wire Daily", "Igor Konashenkov", MOD_US_SPELLING, "TASS"));
        out.add(Points.attributed("a-2017", 2, texts.get(2), v.get(2), d17, "Wire Daily", "Igor Konashenkov", MOD, "TASS"));
        out.add(Points.attributed("a-2017", 3, texts.get(3), v.get(3), d17, "Wire Daily", "Igor Konashenkov", MOD_US_SPELLING, "TASS"));
        out.add(Points.own("b-2018", 0, texts.get(4), v.get(4), LocalDate.of(2018, 3, 2), "Insider News"));
        out.add(Points.attributed("c-2019", 0, texts.get(5), v.get(5), LocalDate.of(2019, 6, 12), "Frontline Report",
                "Reconciliation Center", "Russian Center for Reconciliation", null));
        out.add(Points.own("d-2024", 0, texts.get(6), v.get(6), LocalDate.of(2024, 6, 1), "Geo Watch"));
        out.add(Points.own("e-2018", 0, texts.get(7), v.get(7), LocalDate.of(2018, 3, 3), "Mirror Site"));
        out.add(Points.own("z-2020", 0, texts.get(8), v.get(8), LocalDate.of(2020, 1, 5), "Town Paper"));
        out.add(Points.own("z-2020", 1, texts.get(9), v.get(9), LocalDate.of(2020, 1, 5), "Town Paper"));
        return out;
    }
}
