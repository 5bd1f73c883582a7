package org.echotrace.link.cases;

import org.echotrace.model.KnownCase;
import java.util.List;

/** What reading case files gave: the cases, in file order, and the rows that could not be read. */
public record CaseBase(List<KnownCase> cases, List<CaseProblem> problems) {
    public CaseBase {
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }
}
