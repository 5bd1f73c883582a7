package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.echotrace.model.CueType;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionErrorsTest {
    private static final String TEXT = "The ministry said that five militants were killed. \"It is over,\" he said. Polls show gains.";

    /** A relation whose cue and content are the first occurrences of those words at or after {@code from}. */
    private static AttributionScore.Rel rel(CueType type, String cue, String content, int from) {
        int c = TEXT.indexOf(cue, from);
        int t = TEXT.indexOf(content);
        return new AttributionScore.Rel(Optional.empty(), List.of(new TextSpan(c, c + cue.length())),
                List.of(new TextSpan(t, t + content.length())), type);
    }

    @Test
    void unmatchedRelationsAreSortedIntoMissedCuesMissedContentsAndSpuriousOnesAndInexactContentsListed(@TempDir Path tmp) throws Exception {
        AttributionScore.Rel said = rel(CueType.INDIRECT, "said", "that five militants were killed", 0);
        AttributionScore.Rel heSaid = rel(CueType.DIRECT, "said", "\"It is over,\"", 20);
        AttributionScore.Rel show = rel(CueType.OTHER, "show", "gains", 0);
        // "said" right; "he said" found with the wrong content; "show" not found; "killed" is no cue.
        AttributionScore.Rel saidFound = rel(CueType.INDIRECT, "said", "five militants were killed", 0);
        AttributionScore.Rel heSaidWrong = rel(CueType.INDIRECT, "said", "The ministry", 20);
        AttributionScore.Rel killed = rel(CueType.OTHER, "killed", "militants", 0);
        AttributionErrors e = new AttributionErrors();
        e.add("doc", TEXT, List.of(saidFound, heSaidWrong, killed), List.of(said, heSaid, show));
        assertEquals(1, e.counts().get("miss_cue"));
        assertEquals(1, e.counts().get("miss_cue.other"));
        assertEquals(1, e.counts().get("miss_content"));
        assertEquals(1, e.counts().get("miss_content.direct"));
        assertEquals(1, e.counts().get("spurious_content"));
        assertEquals(1, e.counts().get("spurious_cue.other"));
        assertEquals(1, e.counts().get("inexact_content"), "the matched \"said\" has a shorter content than the gold");
        assertEquals(5, e.counts().entrySet().stream().filter(x -> !x.getKey().contains(".")).mapToInt(x -> x.getValue()).sum());
        Path out = tmp.resolve("errors.tsv");
        e.write(out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(6, lines.size(), "a header and one line per error");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("miss_cue\tOTHER\tdoc\tshow\t")), lines.toString());
    }
}
