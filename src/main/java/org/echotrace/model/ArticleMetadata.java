package org.echotrace.model;

import java.util.Optional;

/**
 * What is known about an article besides its text. Every field may be absent; absence is never
 * encoded as an empty string.
 *
 * @param published ISO-8601 date, as precise as the evidence allows ("2017-11-14", "2024-06")
 */
public record ArticleMetadata(Optional<String> title, Optional<String> published, Optional<String> outlet,
                              Optional<String> author) {
    public static final ArticleMetadata EMPTY =
            new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
