package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.echotrace.model.KnownCase;
import org.junit.jupiter.api.Test;

class CaseGroupsTest {
    private static KnownCase known(String id, String title, String summary) {
        return new KnownCase(id, title, Optional.ofNullable(summary), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "test", List.of(), List.of());
    }

    @Test
    void casesThatDifferOnlyInQuoteMarksAndSpacingFormOneGroupInImportOrder() {
        CaseGroups g = CaseGroups.of(List.of(
                known("7", "Officials used the name \"Broomstick One\" for her plane.", "Broomstick One?"),
                known("8", "Vaccines contain microchips", null),
                known("9", "Officials used the name 'Broomstick  One' for her plane. ", "Broomstick One?")));
        assertEquals(List.of("7", "8"), g.representatives().stream().map(KnownCase::id).toList());
        assertEquals(List.of("7", "9"), g.members(0).stream().map(KnownCase::id).toList());
        assertEquals(3, g.cases());
    }

    @Test
    void aDifferentWordOrADifferentSummaryKeepsCasesApart() {
        CaseGroups g = CaseGroups.of(List.of(
                known("1", "The election was stolen", "Postal votes"),
                known("2", "The election was not stolen", "Postal votes"),
                known("3", "The election was stolen", "Voting machines")));
        assertEquals(3, g.representatives().size());
    }

    @Test
    void anApostropheInsideAWordIsNotAWordBreak() {
        assertEquals(CaseGroups.key(known("a", "My crimes can't be investigated", null)),
                CaseGroups.key(known("b", "My crimes can\u2019t be investigated", null)));
    }
}
