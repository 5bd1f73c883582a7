package org.echotrace.extract.html;

import java.util.Optional;

/** What an HTML page says about itself. Every field may be absent; none is ever an empty string. */
public record PageMetadata(Optional<String> title, Optional<DateFinding> published, Optional<String> author,
                           Optional<String> siteName, Optional<String> language, Optional<String> description) {
}
