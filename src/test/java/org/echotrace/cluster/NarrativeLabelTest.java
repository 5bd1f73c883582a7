package org.echotrace.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.echotrace.model.Attribution;
import org.echotrace.model.Claim;
import org.echotrace.model.ClaimKind;
import org.echotrace.model.CueType;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * A narrative's label reads as a statement: a reported content's opening "that" is dropped, and a
 * content that is no clause of its own is quoted with its source and cue.
 */
class NarrativeLabelTest {
    private static final String TEXT = "Aldoria has denied all such accusations and has not responded to the latest one. "
            + "The camp was empty.";

    @Test
    void aReportedContentLosesItsComplementiser() {
        assertEquals("The Aldorian-held zone around Qasr al-Hajar shelters the militants",
                NarrativeDescriber.asStatement("that the Aldorian-held zone around Qasr al-Hajar shelters the militants"));
        assertEquals("Aldorian instructors trained them", NarrativeDescriber.asStatement(" that Aldorian instructors trained them "));
    }

    @Test
    void aReportedContentThatIsNoClauseIsQuotedWithItsSourceAndCue() {
        int from = TEXT.indexOf("all such");
        int to = TEXT.indexOf(". The camp");
        Attribution denied = new Attribution(CueType.INDIRECT, Optional.of(new TextSpan(0, 7)), new TextSpan(12, 18),
                List.of(new TextSpan(from, to)), Optional.empty(), List.of());
        Claim claim = new Claim(0, ClaimKind.ATTRIBUTED, new TextSpan(from, to), TEXT.substring(from, to), Optional.of(denied),
                0.5, Set.of());
        assertEquals("Aldoria has denied all such accusations and has not responded to the latest one", Statements.of(TEXT, claim));
        Claim own = new Claim(1, ClaimKind.OWN, new TextSpan(to + 2, TEXT.length()), "The camp was empty.", Optional.empty(),
                0.5, Set.of());
        assertEquals("The camp was empty.", Statements.of(TEXT, own));
    }

    @Test
    void aStatementOrAThatOfItsOwnStaysAsItIs() {
        assertEquals("That is the camp's only road", NarrativeDescriber.asStatement("That is the camp's only road"),
                "a sentence's own capitalised 'That' names something");
        assertEquals("That much", NarrativeDescriber.asStatement("that much"), "capitalised only");
        assertEquals("Thatcher said the camp was empty", NarrativeDescriber.asStatement("Thatcher said the camp was empty"));
    }
}
