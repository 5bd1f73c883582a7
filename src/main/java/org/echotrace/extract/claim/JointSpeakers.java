package org.echotrace.extract.claim;

import java.util.Optional;
import org.echotrace.model.Speaker;
import org.echotrace.model.SpeakerKind;
import org.echotrace.model.TextSpan;

/** Two who speak together, as one speaker: "Obama and Kerry", "France and Britain". */
final class JointSpeakers {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private JointSpeakers() {
    }

    /**
     * "Obama and Kerry", "Scientists and AI developers", "Both Lead Stories and USA Today": two
     * speakers who speak together are one speaker, named by both (not "Obama Kerry" with the role
     * "and"). Not a list of one person's roles ("Comedian and Fox News contributor
     * Tom Shillue"), nor a phrase with commas (its parts are roles and places). Two persons are a
     * person, two of one kind that kind; an organisation among them makes an organisation ("National
     * Snow and Ice Data Centre" is one), and otherwise the kind is unknown.
     */
    static Optional<Speaker> of(String clean, TextSpan mention) {
        String whole = SpeakerParser.stripThe(clean.replaceFirst("^(?i)both ", ""));
        int and = whole.indexOf(" and ");
        if (and <= 0 || whole.contains(",") || whole.indexOf(" and ", and + 1) > 0) {
            return Optional.empty();
        }
        String left = whole.substring(0, and);
        String right = whole.substring(and + 5);
        String[] leftWords = SPACES.split(left);
        if (leftWords.length > 1 && SpeakerWords.TITLES.contains(SpeakerParser.norm(leftWords[0]))
                && (SpeakerParser.norm(leftWords[1]).equals("for") || SpeakerParser.norm(leftWords[1]).equals("of"))) {
            return Optional.empty(); // "Minister for Economic Affairs and Climate Action Robert Habeck": a portfolio's "and"
        }
        if (!nameLike(leftWords) || !nameLike(SPACES.split(right))) {
            return Optional.empty(); // "chemical weapons and Western nations", a run-on clause: no two speakers
        }
        Speaker r = SpeakerParser.parse(right, mention);
        if (r.kind() == SpeakerKind.PERSON && r.role().isPresent() && isRoleWord(leftWords[leftWords.length - 1])) {
            // "Comedian and Fox News contributor Tom Shillue", "Geopolitical analyst and author Brandon J Weichert": one person's two roles.
            return Optional.of(new Speaker(r.name(), r.kind(), Optional.of(left + " and " + r.role().get()), r.organisation(),
                    mention, Optional.empty()));
        }
        Speaker l = SpeakerParser.parse(left, mention);
        if (l.kind() == SpeakerKind.EVIDENCE || r.kind() == SpeakerKind.EVIDENCE
                || l.role().isPresent() && l.kind() != SpeakerKind.PERSON) {
            return Optional.empty(); // "the Karvonian Defence Minister and ...": a title of no one named
        }
        SpeakerKind kind = l.kind() == r.kind() ? l.kind()
                : l.kind() == SpeakerKind.ORGANISATION || r.kind() == SpeakerKind.ORGANISATION ? SpeakerKind.ORGANISATION
                : SpeakerKind.UNKNOWN;
        // Each by its name, without the titles ("Recep Tayyip Erdogan and Vladimir Putin"), or as written
        // where its name is a single word of a longer phrase ("Ghouta Media Center", not "Center").
        String name = sideName(l, left) + " and " + sideName(r, right);
        return Optional.of(new Speaker(name, kind, Optional.empty(), Optional.empty(), mention, Optional.empty()));
    }

    /** A side by its parsed name where titles were taken off it ("President Recep Tayyip Erdogan"), else as written ("other Republicans"). */
    private static String sideName(Speaker parsed, String side) {
        return parsed.kind() == SpeakerKind.PERSON && parsed.role().isPresent() ? parsed.name() : SpeakerParser.stripThe(side);
    }

    /**
     * Words that can name a speaker of a pair: at most {@value #JOINT_WORDS} of them, at least one
     * capitalised, and at most two lower-case ones besides the links ("other Republicans", "the
     * Department of Education in Idlib"; not "ISIS in a statement published on Twitter").
     */
    private static boolean nameLike(String[] words) {
        if (words.length == 0 || words.length > JOINT_WORDS) {
            return false;
        }
        int lower = 0;
        boolean capital = false;
        for (String w : words) {
            // "areas on Tuesday and Wednesday", "Manbij on July 19 and ...", "(mainly Arab and Kurdish forces)": no names;
            // "ISIS positions in northern Syria and Iraq Press TV": a place, a run-on phrase, not a speaker.
            if (w.isEmpty() || ColonCues.DATES.contains(SpeakerParser.norm(w)) || SpeakerWords.PLACING.contains(w)
                    || SpeakerParser.NUMBER.matcher(w).matches() || w.contains("(") || w.contains(")")) {
                return false;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capital = true;
            } else if (!SpeakerParser.linkWord(w) && !SpeakerParser.norm(w).equals("a")) {
                lower++;
            }
        }
        return capital && lower <= 2;
    }

    private static final int JOINT_WORDS = 7;

    /** A single word naming a role rather than someone: "Senator", "comedian", "spokesman". */
    private static boolean isRoleWord(String w) {
        String n = SpeakerParser.norm(w);
        return SpeakerWords.TITLES.contains(n) || SpeakerParser.isRoleWords(w)
                || n.endsWith("ian") || n.endsWith("ist") || n.endsWith("ant") || n.endsWith("ent") || n.endsWith("or")
                // an adjective of a shared role: "Geopolitical and space expert Brandon J Weichert"
                || n.endsWith("ical") || n.endsWith("ous") || n.endsWith("ic") && n.length() > 6;
    }

    /** Whether a speaker is two or more who speak together ("Obama and Kerry"): no "he" or "she" refers to it. */
    static boolean isJoint(Speaker s) {
        return s.name().contains(" and ") && s.role().isEmpty();
    }
}
