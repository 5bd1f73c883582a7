package org.echotrace.link.cases;

import org.echotrace.model.KnownCase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cases of a case base with copies gathered: cases whose title and summary agree letter for
 * letter once case, quote marks, punctuation and spacing are set aside form one group, ranked as
 * one and listed in import order. The first of a group stands for it.
 *
 * <p>Design decision: a case base imported twice, or re-exported with other quote marks, holds the
 * same case under two ids (CheckThat!'s verified claims have 184 such groups); scoring the copies
 * apart lets a curly quote decide between them. Together they tie, and the earlier record, the one
 * fact-checkers cite (185 of the 190 train tweets whose claim has a copy name the earliest), is
 * listed first.
 */
final class CaseGroups {
    private final List<KnownCase> representatives;
    private final List<List<KnownCase>> members;

    private CaseGroups(List<KnownCase> representatives, List<List<KnownCase>> members) {
        this.representatives = representatives;
        this.members = members;
    }

    static CaseGroups of(List<KnownCase> cases) {
        Map<String, List<KnownCase>> byKey = new LinkedHashMap<>();
        for (KnownCase c : cases) {
            byKey.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
        }
        List<KnownCase> reps = new ArrayList<>(byKey.size());
        List<List<KnownCase>> groups = new ArrayList<>(byKey.size());
        for (List<KnownCase> g : byKey.values()) {
            reps.add(g.get(0));
            groups.add(List.copyOf(g));
        }
        return new CaseGroups(List.copyOf(reps), List.copyOf(groups));
    }

    /** One case per group, in import order of the groups' first cases. */
    List<KnownCase> representatives() {
        return representatives;
    }

    /** The cases of a group, in import order. */
    List<KnownCase> members(int group) {
        return members.get(group);
    }

    int cases() {
        return members.stream().mapToInt(List::size).sum();
    }

    static String key(KnownCase c) {
        return letters(c.title()) + '\u0000' + letters(c.summary().orElse(""));
    }

    private static String letters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(Character.toLowerCase(cp));
                gap = false;
            } else if (cp != '\'' && cp != '\u2019') {
                gap = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
