package org.echotrace.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an article's text came from, beyond the file name: the format, the URL and capture time
 * when a crawl recorded them, the fields of a JSONL record, and for HTML the page's markup.
 *
 * @param format   what the input was
 * @param url      the page's URL, when known
 * @param captured when a crawler fetched it (ISO 8601), when known
 * @param fields   other fields of the record the article came from (JSONL), kept as text
 * @param markup   the decoded HTML of the page, for HTML inputs
 */
public record Origin(InputFormat format, Optional<String> url, Optional<String> captured, Map<String, String> fields,
                     Optional<String> markup) {
    public static final Origin PLAIN_TEXT =
            new Origin(InputFormat.TEXT, Optional.empty(), Optional.empty(), Map.of(), Optional.empty());

    public Origin {
        Objects.requireNonNull(format, "format");
        fields = Map.copyOf(fields);
    }
}
