package org.echotrace.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case that is already described: an EUvsDisinfo disinformation case or a fact-check's
 * ClaimReview.
 *
 * @param id       stable identity: the case's own URL where it has one, else a hash of its content
 * @param title    the claim as the case base words it (EUvsDisinfo title, ClaimReview claimReviewed)
 * @param summary  the case's longer wording of the claim, where given
 * @param disproof why the claim is false (EUvsDisinfo disproof, ClaimReview reviewBody), where given
 * @param verdict  the rating (ClaimReview reviewRating.alternateName), where given
 * @param url      the case's page, or the page it reviews
 * @param claimant who made the claim, where given (EUvsDisinfo outlets, ClaimReview itemReviewed author)
 * @param source   who described it: {@code EUvsDisinfo} or the ClaimReview's author
 */
public record KnownCase(String id, String title, Optional<String> summary, Optional<String> disproof,
                        Optional<String> verdict, Optional<String> url, Optional<LocalDate> date, Optional<String> claimant,
                        String source,
                        List<String> keywords, List<String> countries) {
    public KnownCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        summary = blankless(summary);
        disproof = blankless(disproof);
        verdict = blankless(verdict);
        url = blankless(url);
        claimant = blankless(claimant);
        Objects.requireNonNull(date, "date");
        keywords = List.copyOf(keywords);
        countries = List.copyOf(countries);
    }

    /** The words a claim is matched against: the title, and the summary when it says more. */
    public String matchText() {
        return summary.filter(s -> !s.equals(title)).map(s -> title + "\n" + s).orElse(title);
    }

    private static Optional<String> blankless(Optional<String> v) {
        return v.map(String::strip).filter(s -> !s.isEmpty());
    }
}
