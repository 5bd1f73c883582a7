package org.echotrace.cluster;

import org.echotrace.model.Attribution;
import org.echotrace.model.Claim;
import org.echotrace.model.TextSpan;

/**
 * A claim as a reader would quote it, for a narrative's label ({@link ClaimPoint#statement}). A
 * reported claim's content is often no clause of its own: "all such accusations and has not
 * responded to the latest one" (of "The ministry denied ..."), "where or when it was filmed" (of
 * "could not verify ..."), "the garrison as a counter-terrorism outpost" (of "describes ..."). Such a
 * content is quoted with its source and cue, as its sentence says it; a content that is a clause
 * ("that the camp ...", a capital, a quotation) is quoted alone.
 */
public final class Statements {
    /** Beyond this many characters more than its content, a source and cue are left out (a speaker named far back). */
    private static final int MAX_FRAME = 160;

    private Statements() {
    }

    /** The statement of {@code claim} in its article's {@code text}. */
    public static String of(String text, Claim claim) {
        String content = claim.text().strip();
        if (claim.attribution().isEmpty() || content.isEmpty() || clause(content)) {
            return claim.text();
        }
        Attribution a = claim.attribution().get();
        TextSpan extent = a.contentExtent().union(a.cue());
        TextSpan framed = a.source().map(extent::union).orElse(extent);
        if (framed.length() - extent.length() <= MAX_FRAME) {
            extent = framed;
        }
        if (extent.end() > text.length() || extent.length() - a.contentExtent().length() > MAX_FRAME) {
            return claim.text();
        }
        return extent.textOf(text).replaceAll("\\s+", " ").strip();
    }

    private static boolean clause(String content) {
        int first = content.codePointAt(0);
        return content.startsWith("that ") || Character.isUpperCase(first) || !Character.isLetterOrDigit(first);
    }
}
