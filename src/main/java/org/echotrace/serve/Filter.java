package org.echotrace.serve;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a list request asks for: a page (limit, offset) and optional filters. Dates are ISO
 * prefixes ({@code 2017}, {@code 2017-06}, {@code 2017-06-11}) compared with the stored
 * publication dates, which are ISO strings of varying precision.
 */
record Filter(int limit, int offset, Optional<String> from, Optional<String> to, Optional<String> outlet,
              Optional<String> narrative, Optional<String> entity, Optional<String> kind, Optional<String> q) {
    static final int MAX_LIMIT = 500;
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Every parameter a list route accepts, in the order the OpenAPI document lists them. */
    static final List<String> PARAMS = List.of("limit", "offset", "from", "to", "outlet", "narrative", "entity", "kind", "q");

    Filter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.badRequest("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw ApiError.badRequest("offset must be 0 or more, got " + offset);
        }
        for (Optional<String> d : List.of(from, to)) {
            if (d.isPresent() && !DATE.matcher(d.get()).matches()) {
                throw ApiError.badRequest("dates are YYYY, YYYY-MM or YYYY-MM-DD, got '" + cut(d.get()) + "'");
            }
        }
    }

    static Filter page(int limit, int offset) {
        return new Filter(limit, offset, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    Filter withQuery(Optional<String> newQ) {
        return new Filter(limit, offset, from, to, outlet, narrative, entity, kind, newQ);
    }

    Filter withPage(int newLimit, int newOffset) {
        return new Filter(newLimit, newOffset, from, to, outlet, narrative, entity, kind, q);
    }

    static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
