/**
 * Known cases and fact-checks (EUvsDisinfo tables, Schema.org ClaimReview) and the ranking of them
 * for a claim text. Consumes case files and claim texts; produces {@link org.echotrace.model.KnownCase}
 * records and ranked {@link org.echotrace.link.cases.CaseMatch}es; rejects malformed rows as
 * {@link org.echotrace.link.cases.CaseProblem}s (file and line) and reads on.
 */
package org.echotrace.link.cases;
