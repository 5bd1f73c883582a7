package org.echotrace.extract.claim;

import static org.echotrace.extract.claim.SpeakerParser.isDemonym;
import static org.echotrace.extract.claim.SpeakerParser.linkWord;
import static org.echotrace.extract.claim.SpeakerParser.norm;
import static org.echotrace.extract.claim.SpeakerPhraseCleaning.AFFILIATION;
import static org.echotrace.extract.claim.SpeakerWords.*;

/**
 * Tests of a source phrase's words that {@link SpeakerParser} decides by: a body's or a medium's name
 * before its kind, a title among the words, a group's head, a qualifier before a name, a body's kind
 * before its name. Word lists are {@link SpeakerWords}'.
 */
final class PhraseShapes {
    private PhraseShapes() {
    }

    /** "the SANA news agency", "the ISIS-linked Aamaq news agency": a medium's kind after its name names it. */
    static boolean namedMedium(String[] words) {
        if (!MEDIA_KINDS.contains(norm(words[words.length - 1]))) {
            return false;
        }
        for (int i = 1; i < words.length - 1; i++) {
            String w = words[i];
            if (Character.isUpperCase(w.charAt(0)) && !isDemonym(w) && !AFFILIATION.matcher(w).matches() && !TITLES.contains(norm(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Syrian Observatory for Human Rights monitor", "the Qadira Media Center monitoring group":
     * a body's name, then what kind of body it is; it names the body, it does not refer back.
     */
    static boolean namedBodyOfKind(String[] words) {
        String head = norm(words[words.length - 1]);
        if (!BODY_KINDS.contains(head)) {
            return false;
        }
        for (int i = 1; i < words.length - 1; i++) {
            if (Character.isUpperCase(words[i].charAt(0)) && ORG_HEADS.contains(norm(words[i]))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised title ("Sheikh", "President") stands among the words. */
    static boolean titled(String[] words) {
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && TITLES.contains(norm(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before a name is the lower-case kind of a body ("group", "movement"): the name is the body's. */
    static boolean afterBodyKind(String[] words, int nameFrom) {
        return nameFrom > 0 && Character.isLowerCase(words[nameFrom - 1].charAt(0)) && BODY_KIND_WORDS.contains(norm(words[nameFrom - 1]));
    }

    /**
     * Whether the lower-case words {@code [from, to)} between two capitalised runs make the first a
     * qualifier of the name the second starts ("Trump campaign manager Kellyanne Conway"): a role
     * word right before the second run, and no name particle among them ("Staffan de Mistura",
     * "Moqtada al Sadr") nor a link word ("coordinator for the Syria Crisis").
     */
    static boolean splitsName(String[] words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (LOOSE_PARTICLES.contains(words[k]) || linkWord(words[k])) {
                return false; // "Riad Hijab coordinator of the opposition HNC": the later run is the role's body
            }
        }
        if (MEDIA_KINDS.contains(norm(words[to]))) {
            return false; // "Syrian state TV": the medium's kind in capitals, no name
        }
        String before = norm(words[to - 1]);
        return Character.isLowerCase(words[to - 1].charAt(0)) && !linkWord(words[to - 1]) && !PLACING.contains(before)
                && !before.equals("a") && !before.equals("an") && Character.isLetter(before.charAt(0));
    }

    /** A lower-case head that makes its qualified phrase a body or a group: "army", "activist groups", "state media". */
    static boolean isGroupHead(String w) {
        String n = norm(w);
        return GROUP_HEADS.contains(n) || ORG_HEADS.contains(n) || MEDIA_KINDS.contains(n)
                || n.endsWith("s") && n.length() > 3 && ORG_HEADS.contains(n.substring(0, n.length() - 1))
                || n.endsWith("ies") && ORG_HEADS.contains(n.substring(0, n.length() - 3) + "y");
    }
}
