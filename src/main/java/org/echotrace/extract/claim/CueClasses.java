package org.echotrace.extract.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Classes of the words that can open an attribution, by stem: verbs of speaking, writing,
 * arguing, admitting, predicting, requesting, believing, wanting, showing, judging, perceiving and
 * naming, and nouns for statements, documents and states of mind. The cue tagger reads a token's
 * classes, so "lambasted" learns from "criticized" and "the contention" from "the claim" although
 * the one is rare in the training data.
 *
 * <p>Written for this project from English grammar's classes of reporting and mental-state
 * predicates, not taken from an annotated corpus. A word may have several classes ("suggest"
 * requests and shows).
 */
final class CueClasses {
    private static final Map<String, List<String>> CLASSES = new HashMap<>();

    static {
        add("speak", "say tell add state note explain announce declare remark comment mention reply respond answer "
                + "testify recount recall describe reiterate repeat echo quip joke muse boast brag chant shout yell "
                + "whisper quote cite continue conclude inform assure proclaim observe preface interject speak talk "
                + "address brief told said");
        add("write", "write tweet post read publish blog email print wrote written retweet");
        add("argue", "argue contend claim allege charge insist maintain assert stress emphasize emphasise underscore "
                + "highlight point counter retort rebut protest object complain lament grumble dispute disagree");
        add("admit", "admit acknowledge concede confess confirm deny disclose reveal refute");
        add("predict", "warn caution predict forecast promise vow pledge swear threaten guarantee expect anticipate "
                + "project estimate speculate bet");
        add("request", "suggest propose recommend urge demand ask question wonder inquire plead beg implore invite "
                + "encourage press push advise");
        add("believe", "believe think feel suspect consider doubt assume presume know realize realise understand "
                + "recognize recognise remember forget imagine figure reckon learn thought knew known felt");
        add("want", "want hope wish plan intend seek aim desire prefer need like love hate fear worry dread sought");
        add("evidence", "show suggest indicate find reveal demonstrate prove confirm mean signal illustrate found "
                + "shown");
        add("judge", "criticize criticise blast slam attack accuse blame condemn denounce decry mock ridicule praise "
                + "applaud hail laud commend thank credit defend endorse support back oppose reject dismiss "
                + "welcome celebrate challenge lambast berate scold chide rebuke fault knock hit target");
        add("perceive", "see seem appear look sound view regard perceive hear watch notice saw seen");
        add("label", "call label brand dub name characterize characterise term refer");
        add("decline", "decline refuse");
        add("speech-noun", "statement remark comment claim assertion argument allegation accusation charge criticism "
                + "complaint warning prediction promise pledge vow threat denial admission suggestion proposal "
                + "request demand question answer response reply plea appeal message speech interview testimony "
                + "tweet letter memo announcement briefing remarks comments quote quotes words rhetoric");
        add("doc-noun", "report study survey poll analysis data document figure record filing lawsuit ruling "
                + "indictment book article column editorial video ad advertisement website release transcript "
                + "research evidence numbers");
        add("mind-noun", "belief view opinion idea notion thought position stance sense hope fear concern worry "
                + "expectation assumption impression perception contention theory suspicion conviction "
                + "goal plan vision message desire");
        add("source-noun", "spokesman spokeswoman spokesperson aide adviser advisor official source sources "
                + "campaign representative analyst expert critic supporter");
    }

    private CueClasses() {
    }

    private static void add(String cls, String words) {
        for (String w : words.split(" ")) {
            List<String> have = CLASSES.getOrDefault(stem(w), List.of());
            if (!have.contains(cls)) {
                CLASSES.put(stem(w), concat(have, cls));
            }
        }
    }

    private static List<String> concat(List<String> a, String b) {
        String[] out = a.toArray(new String[a.size() + 1]);
        out[a.size()] = b;
        return List.of(out);
    }

    /** The classes of a lower-case word, by its stem; empty when it has none. */
    static List<String> of(String lowerWord) {
        return CLASSES.getOrDefault(stem(lowerWord), List.of());
    }

    /** Whether a cue reports speech or writing ("reported", "was announced", "added"), not a judgement or a belief. */
    static boolean reportsSpeech(String cue) {
        for (String word : cue.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (stem(word).equals("report")) {
                return true;
            }
            for (String c : of(word)) {
                if (c.equals("speak") || c.equals("write") || c.equals("argue") || c.equals("admit")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A crude stem: "says", "said", "saying" and "say" share one, as do "argue", "argued" and
     * "arguing", or "admitted" and "admit". Regular English inflections and a final "e" stripped,
     * a doubled final consonant undone.
     */
    static String stem(String word) {
        switch (word) {
            case "said", "says" -> {
                return "say";
            }
            case "told", "tells" -> {
                return "tell";
            }
            default -> {
            }
        }
        int n = word.length();
        String s = word;
        if (n > 5 && word.endsWith("ing")) {
            s = word.substring(0, n - 3);
        } else if (n > 4 && word.endsWith("ied")) {
            s = word.substring(0, n - 3) + "y";
        } else if (n > 4 && word.endsWith("ies")) {
            s = word.substring(0, n - 3) + "y";
        } else if (n > 4 && word.endsWith("ed")) {
            s = word.substring(0, n - 2);
        } else if (n > 4 && word.endsWith("es")) {
            s = word.substring(0, n - 2);
        } else if (n > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            s = word.substring(0, n - 1);
        }
        int m = s.length();
        if (m > 3 && s.charAt(m - 1) == s.charAt(m - 2) && "bdgmnprt".indexOf(s.charAt(m - 1)) >= 0) {
            s = s.substring(0, m - 1);
        } else if (m > 3 && s.charAt(m - 1) == 'e') {
            s = s.substring(0, m - 1);
        }
        return s;
    }
}
