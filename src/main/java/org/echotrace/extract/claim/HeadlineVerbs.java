package org.echotrace.extract.claim;

import org.echotrace.model.Sentence;
import org.echotrace.model.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The verb of a headline the tagger read as a noun. Headlines drop their articles and auxiliaries
 * ("Israeli strike on Syrian town kills pro-regime fighters", "Syrian army advances near Aleppo",
 * "Regime troops thwart rebel attack"), and the tagger, trained on body text, reads such a verb as a
 * plural noun or a compound's head: of 195 real titles that made no claim (`fa-kes`, SemEval-2025 and
 * PTC titles the body does not repeat), most stated an event in a verb tagged NOUN.
 *
 * <p>Design decision: a word list, not a retagging: the tagger's own alternatives (its second-best
 * sequences, its scores for a verb at that place, the word in a verb frame) follow the context and
 * not the word, and call "children" a verb as readily as "kills". A headline verb is a verb of the
 * news (killing, fighting, taking, moving, deciding) or of saying or judging ({@link CueClasses}),
 * in any form but the gerund ("bombing" names the event), right after a noun, a name or a number,
 * which is its subject ("army advances", "strikes kill", "Kerry discusses"). It decides only whether
 * a title states something; the tokens keep the tagger's tags.
 */
final class HeadlineVerbs {
    /** Verbs of events and acts as headlines report them, by {@link CueClasses#stem}; written for this project. */
    private static final Set<String> NEWS = stems("kill slay murder massacre slaughter execute behead crucify wound "
            + "injure maim die strike hit bomb shell pound shoot attack raid storm assault ambush besiege encircle "
            + "surround advance push seize capture take retake recapture regain gain lose win liberate free control "
            + "hold enter cross flee withdraw retreat evacuate repel thwart foil repulse destroy target blow explode "
            + "burn crash down rock launch resume open close halt stop end cease suspend block ban arrest detain "
            + "jail sentence kidnap abduct release torture poison gas arm train fund finance back supply deliver "
            + "send deploy join leave meet host visit discuss sign agree approve pass vote sanction sue fine charge "
            + "rise climb mount soar jump surge fall drop plunge hit top reach double spark trigger cause fuel "
            + "disrupt escalate stage unveil grant award expel recall shot took fought struck won lost held left sent "
            + "blew rose fell fled");
    /** The verb classes of {@link CueClasses} a headline verb may have (its noun classes name no act). */
    private static final Set<String> VERB_CLASSES = Set.of("speak", "write", "argue", "admit", "predict", "request",
            "judge", "label", "decline");
    /** Tags a subject's last word may have; the tagger reads headline names and numbers as any of these. */
    private static final Set<String> SUBJECT = Set.of("NOUN", "PROPN", "NUM");
    /** Tags the tagger gives a headline verb it misreads. */
    private static final Set<String> MISREAD = Set.of("NOUN", "PROPN", "ADJ", "VERB");

    private HeadlineVerbs() {
    }

    /** Whether the title holds a verb of the news or of saying right after its subject. */
    static boolean has(Sentence title) {
        List<Token> tokens = title.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (MISREAD.contains(t.pos()) && SUBJECT.contains(tokens.get(i - 1).pos()) && verb(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word is a form of a headline verb other than its gerund. */
    static boolean verb(String w) {
        if (w.endsWith("ing") || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String stem = CueClasses.stem(w);
        if (NEWS.contains(stem)) {
            return true;
        }
        for (String c : CueClasses.of(w)) {
            if (VERB_CLASSES.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> stems(String words) {
        Set<String> out = new HashSet<>();
        for (String w : words.split(" ")) {
            out.add(CueClasses.stem(w));
        }
        return Set.copyOf(out);
    }
}
