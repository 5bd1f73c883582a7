package org.echotrace.model;

import java.util.List;
import java.util.Optional;

/**
 * What is known about an article besides its text. Every field may be absent; absence is never
 * encoded as an empty string.
 *
 * @param published     when, with precision and evidence
 * @param language      ISO 639-1 code, e.g. {@code en}
 * @param citedSources  sources the article credits ("Source: TASS" gives {@code TASS})
 * @param resolvedDates relative dates of the text, resolved against {@code published}
 */
public record ArticleMetadata(Optional<String> title, Optional<PublishedDate> published, Optional<String> outlet,
                              Optional<String> author, Optional<String> language, List<String> citedSources,
                              List<ResolvedDate> resolvedDates) {
    public static final ArticleMetadata EMPTY = new ArticleMetadata(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());

    public ArticleMetadata {
        citedSources = List.copyOf(citedSources);
        resolvedDates = List.copyOf(resolvedDates);
    }

    public ArticleMetadata withTitle(Optional<String> v) {
        return new ArticleMetadata(v, published, outlet, author, language, citedSources, resolvedDates);
    }

    public ArticleMetadata withPublished(Optional<PublishedDate> v) {
        return new ArticleMetadata(title, v, outlet, author, language, citedSources, resolvedDates);
    }

    public ArticleMetadata withOutlet(Optional<String> v) {
        return new ArticleMetadata(title, published, v, author, language, citedSources, resolvedDates);
    }

    public ArticleMetadata withAuthor(Optional<String> v) {
        return new ArticleMetadata(title, published, outlet, v, language, citedSources, resolvedDates);
    }

    public ArticleMetadata withLanguage(Optional<String> v) {
        return new ArticleMetadata(title, published, outlet, author, v, citedSources, resolvedDates);
    }

    public ArticleMetadata withCitedSources(List<String> v) {
        return new ArticleMetadata(title, published, outlet, author, language, v, resolvedDates);
    }

    public ArticleMetadata withResolvedDates(List<ResolvedDate> v) {
        return new ArticleMetadata(title, published, outlet, author, language, citedSources, v);
    }
}
