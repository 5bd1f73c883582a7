package org.echotrace.extract.claim;

import java.util.Locale;
import java.util.Set;

/**
 * The words that introduce reported speech in English news, by inflected form (OpenNLP's models
 * carry no lemmatiser we could rely on). Written for this project from the reporting verbs of
 * English grammar, not taken from an annotated corpus.
 */
final class CueLexicon {
    /** Reporting verbs, every inflection. */
    private static final Set<String> VERBS = withIrregular(forms(
            "say", "tell", "add", "note", "stress", "claim", "announce", "state", "report", "explain", "argue",
            "insist", "warn", "emphasize", "emphasise", "declare", "assert", "confirm", "deny", "accuse", "allege",
            "suggest", "write", "tweet", "conclude", "admit", "acknowledge", "believe", "think", "ask", "reply",
            "respond", "mention", "reveal", "indicate", "predict", "estimate", "recall", "urge", "charge",
            "contend", "maintain", "complain", "promise", "vow", "threaten", "observe", "remark", "comment",
            "point", "underline", "underscore", "clarify", "specify", "testify", "disclose", "inform", "assure",
            "caution", "predict", "speculate", "recount", "describe", "boast", "concede", "counter", "retort",
            "learn", "show", "find", "hope", "fear", "expect", "know", "feel", "agree", "question", "demand",
            "propose", "recommend", "acknowledge", "stated", "blame", "dismiss", "call", "label", "brand",
            "highlight", "joke", "quip", "muse", "wonder", "continue", "go", "cite", "pledge", "criticize",
            "criticise", "condemn", "blast", "slam", "decline", "refuse", "praise", "endorse", "echo", "reiterate",
            "want", "plan", "chant", "reject", "welcome", "applaud", "lament", "decry", "mock", "insinuate", "imply"));
    /** Verbs that only report when something follows that marks speech ("went on", "pointed out", "called for"). */
    private static final Set<String> NEEDS_PARTICLE = withParticleIrregulars(forms("point", "go", "continue", "find", "show", "know", "want", "plan",
            "feel", "hope", "fear", "expect", "learn", "question", "agree", "maintain", "hold", "describe", "label", "brand"));

    /** Nouns that speak for their authors: "the statement said", "the report says". */
    static final Set<String> SPEAKING_NOUNS = Set.of("statement", "statements", "report", "reports", "release",
            "communique", "communiqué", "briefing", "announcement", "letter", "memo", "document", "documents",
            "study", "survey", "poll", "polls", "analysis", "complaint", "lawsuit", "filing", "indictment", "ruling",
            "tweet", "post", "message", "video", "interview", "speech", "testimony", "data", "figures", "records");

    /** Media names that relay others' words: a hop of role RELAY when they appear in a chain. */
    private static final Set<String> AGENCIES = Set.of("tass", "ria novosti", "ria", "sputnik", "interfax", "reuters",
            "associated press", "ap", "afp", "agence france-presse", "xinhua", "anadolu", "sana", "irna", "fars",
            "tasnim", "al-masdar", "almasdar", "al masdar news", "rt", "russia today", "bbc", "cnn", "dpa", "efe",
            "ansa", "kyodo", "yonhap", "bloomberg", "upi", "izvestia", "ria fan", "rossiya 24", "zvezda", "al jazeera",
            "al arabiya", "pti", "ani");

    private CueLexicon() {
    }

    static boolean isReportingVerb(String word) {
        return VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean needsParticle(String word) {
        return NEEDS_PARTICLE.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isAgency(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("^the ", "").replace('’', '\'').trim();
        return AGENCIES.contains(n) || n.endsWith(" news agency") || n.endsWith(" agency") && n.contains("news");
    }

    /** The inflections of each verb: base, -s, -ed, -ing, and the irregular past forms news uses. */
    private static Set<String> forms(String... verbs) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String v : verbs) {
            out.add(v);
            out.add(v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") ? v + "es" : v.endsWith("y") && !v.endsWith("ay") ? v.substring(0, v.length() - 1) + "ies" : v + "s");
            String stem = v.endsWith("e") ? v.substring(0, v.length() - 1) : v;
            if (v.endsWith("y") && !v.endsWith("ay") && !v.endsWith("ey")) {
                out.add(v.substring(0, v.length() - 1) + "ied");
            } else {
                out.add(stem + "ed");
            }
            out.add(stem + "ing");
        }
        return Set.copyOf(out);
    }

    private static Set<String> withParticleIrregulars(Set<String> regular) {
        java.util.Set<String> out = new java.util.HashSet<>(regular);
        out.addAll(Set.of("found", "known", "knew", "shown", "went", "gone", "thought", "felt", "held"));
        return Set.copyOf(out);
    }

    /** Irregular and doubled-consonant forms the regular rules miss. */
    private static Set<String> withIrregular(Set<String> regular) {
        java.util.Set<String> out = new java.util.HashSet<>(regular);
        out.addAll(Set.of("said", "told", "wrote", "written", "thought", "found", "knew", "known", "felt", "went",
                "gone", "shown", "learned", "learnt", "stressed", "admitted", "admitting", "vowed", "quipped",
                "underlined", "testified", "specified", "clarified", "replied", "denied", "implied", "says", "tells"));
        return Set.copyOf(out);
    }
}
