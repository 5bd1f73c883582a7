package org.echotrace.extract.claim;

import org.echotrace.model.TextSpan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a body's name stands in the text around a source phrase, for {@link SpeakerResolver} to
 * parse and judge: the name a lost-comma description follows ("The Syrian Observatory for Human
 * Rights a Britain-based monitoring group said") and the name opening the sentence of an "it". Text
 * scanning only; whether the name is a body is the resolver's call.
 */
final class BodyMentions {
    /** A capitalised run (with "of", "for", "al", "bin", "de", "the", "and" inside it) ending where the text does. */
    static final Pattern NAME_BEFORE = Pattern.compile(
            "((?:(?:al|el)-)?\\p{Lu}[\\p{L}\\p{N}.'’-]*(?:\\s+(?:(?:(?:al|el)-)?\\p{Lu}[\\p{L}\\p{N}.'’-]*|of|for|al|bin|de|the|and)){0,7})\\s*,?\\s*$");
    private static final Pattern INDEFINITE_BODY = Pattern.compile(
            "(?:a|an) (?:(?:[\\p{L}-]+-based|war|human rights|independent|rights) )*(?:monitor|monitoring group|watchdog|rights group)");
    private static final Pattern SUBJECT_NAME = Pattern.compile(
            "\\s*((?:The\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:\\p{Lu}[\\p{L}-]*|of|for|the|and))*\\s+\\p{Lu}[\\p{L}-]*)(?=[\\s,])");
    /** How far back a description's name is sought. */
    private static final int APPOSITION_REACH = 120;

    private BodyMentions() {
    }

    /**
     * The name an indefinite description of a monitoring body ("a Britain-based monitoring group", "a war
     * monitor") follows with no comma between, when that name opens its sentence: the subject the
     * description is in apposition to. In "fought the Syrian Army a monitor said" the army is the
     * object and the description the speaker: no name.
     */
    static Optional<TextSpan> apposedName(String text, TextSpan source, String phrase) {
        if (!INDEFINITE_BODY.matcher(phrase).matches()) {
            return Optional.empty();
        }
        int from = Math.max(0, source.start() - APPOSITION_REACH);
        Matcher m = NAME_BEFORE.matcher(text.substring(from, source.start()));
        if (!m.find() || text.substring(from + m.end(1), source.start()).contains(",")) {
            return Optional.empty();
        }
        TextSpan name = new TextSpan(from + m.start(1), from + m.end(1));
        int before = name.start();
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        return before == 0 || ".!?\"”\n".indexOf(text.charAt(before - 1)) >= 0 ? Optional.of(name) : Optional.empty();
    }

    /** The capitalised run of two words or more that opens the sentence {@code source} stands in, if any. */
    static Optional<TextSpan> sentenceSubject(String text, TextSpan source) {
        int start = source.start();
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        Matcher m = SUBJECT_NAME.matcher(text.substring(start, source.start()));
        return m.lookingAt() ? Optional.of(new TextSpan(start + m.start(1), start + m.end(1))) : Optional.empty();
    }
}
